"""Writes the replay world for the crawl-order and random-kill e2e scenarios.

    python3 shared_world.py OUT_DIR SAMPLE_REPLAY_DIR

OUT_DIR/github, OUT_DIR/huggingface and OUT_DIR/arxiv get the demo world (sample/replay/) plus,
for GitHub, three organisation-owned seed repositories whose contributors overlap: the same
people appear on several repositories, and some only on a repository's last page, so whether a
person's profile or a contributors row naming them is stored last depends on crawl order.
Most people have a name that is not the login ("Usér 3 ✓"; every seventh has none), all have a
repository list, and every fourth has two starred repositories whose READMEs cite the same paper
(the same evidence seen at two URLs).
Every answer carries an ETag, so a re-crawl is answered 304. The world is fixed: no randomness.
"""
import base64
import json
import os
import shutil
import sys

PEOPLE = 24
SEEDS = {  # repository -> its contributors pages: numbered people, and people of the demo world
    "alpha-lab/alpha": [[0, 1, 2, 3, 4, 5, 6, 7], [8, 9, 10, 11]],
    "beta-lab/beta": [[12, 13, 14, 15, 16, 17], [0, 1, 2, 3, "lnowak-ml", "priyar"]],
    "gamma-lab/gamma": [[18, 19, 20, 21, 22, 23], [4, 5, 12, 13], [8, 9, 18, "kwatanabe"]],
}


def login(person):
    return person if isinstance(person, str) else f"shared{person}"


def exchange(path, body, etag, query="", link=None):
    headers = {"Content-Type": "application/json; charset=utf-8",
               "ETag": f'"{etag}"'}
    if link:
        headers["Link"] = f'<{{{{base}}}}{link}>; rel="next"'
    request = {"path": path}
    if query:
        request["query"] = query
    return {"request": request, "response": {"status": 200, "headers": headers, "body_json": body}}


def seed_exchanges(full_name, pages, repo_id):
    owner, name = full_name.split("/")
    out = [exchange(f"/repos/{full_name}", repo_json(repo_id, owner, "Organization", name, 10), f"r{repo_id}")]
    for number, people in enumerate(pages, start=1):
        query = "per_page=100" if number == 1 else f"per_page=100&page={number}"
        link = f"/repos/{full_name}/contributors?per_page=100&page={number + 1}" if number < len(pages) else None
        # A contributors row's id is read but never stored (only a profile's is), so any will do.
        rows = [{"login": login(p), "id": 9000 + i, "type": "User", "contributions": 100 * repo_id + 7 * number + i}
                for i, p in enumerate(people)]
        out.append(exchange(f"/repos/{full_name}/contributors", rows, f"c{repo_id}.{number}", query, link))
    return out


def repo_json(repo_id, owner, owner_type, name, stars):
    return {"id": repo_id, "name": name, "full_name": f"{owner}/{name}", "fork": False, "archived": False,
            "owner": {"login": owner, "id": 7000 + repo_id, "type": owner_type},
            "description": f"{name} by {owner}", "language": "Python", "stargazers_count": stars,
            "forks_count": 1, "license": {"spdx_id": "MIT"}, "topics": ["llm"],
            "created_at": "2024-01-01T00:00:00Z", "pushed_at": "2026-10-01T00:00:00Z"}


def readme(full_name, text):
    content = base64.b64encode(text.encode()).decode()
    return exchange(f"/repos/{full_name}/readme", {"name": "README.md", "content": content, "encoding": "base64"},
                    f"m{full_name}")


def person_exchanges(n):
    user = login(n)
    profile = {"login": user, "id": 9000 + n, "type": "User", "name": None if n % 7 == 6 else f"Usér {n} ✓",
               "company": "Lumen Labs" if n % 3 == 0 else None, "bio": f"bio of {n}", "followers": n,
               "public_repos": 2, "created_at": "2020-01-01T00:00:00Z"}
    stars = 5 + n if n % 4 == 0 else 0  # every fourth person has starred repositories with READMEs
    repos = [repo_json(50000 + 2 * n, user, "User", "tool", stars),
             repo_json(50001 + 2 * n, user, "User", "notes", stars)]
    out = [exchange(f"/users/{user}", profile, f"u{n}"),
           exchange(f"/users/{user}/repos", repos, f"l{n}", "per_page=100&sort=pushed")]
    if stars:
        cite = "See [DPO for drafts](https://arxiv.org/abs/2402.01234).\n"
        out += [readme(f"{user}/tool", "# tool\n" + cite), readme(f"{user}/notes", "# notes\n" + cite)]
    return out


def main(out_dir, sample_dir):
    for source in ("github", "huggingface", "arxiv"):
        shutil.copytree(os.path.join(sample_dir, source), os.path.join(out_dir, source))
    exchanges = []
    for repo_id, (full_name, pages) in enumerate(SEEDS.items(), start=1):
        exchanges += seed_exchanges(full_name, pages, repo_id)
    for n in range(PEOPLE):
        exchanges += person_exchanges(n)
    with open(os.path.join(out_dir, "github", "shared_world.json"), "w", encoding="utf-8") as f:
        json.dump(exchanges, f, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
