// The HTML shortlist: one page with no external resource. Everything from a profile is
// escaped; on top of that, a Content-Security-Policy allows only this page's own script
// (by its hash), so even text that slipped through could never run.
#include "common/sha256.hpp"
#include "common/strings.hpp"
#include "shortlist/change_notes.hpp"
#include "shortlist/safe_text.hpp"
#include "shortlist/writers.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace scout::shortlist {

namespace {

// Sorts on a header click (numbers numerically) and expands a candidate on a click of the
// name's button. Each person is a pair of rows: the summary and its hidden details.
constexpr std::string_view k_script = R"JS(
document.querySelectorAll('th[data-col]').forEach(function (th) {
  th.addEventListener('click', function () {
    var col = Number(th.dataset.col), numeric = th.dataset.type === 'num';
    var asc = th.dataset.dir !== 'asc';
    document.querySelectorAll('th[data-col]').forEach(function (h) { h.removeAttribute('data-dir'); });
    th.dataset.dir = asc ? 'asc' : 'desc';
    var body = document.querySelector('#shortlist tbody');
    var pairs = Array.from(body.querySelectorAll('tr.person')).map(function (row) {
      return [row, row.nextElementSibling];
    });
    pairs.sort(function (a, b) {
      var x = a[0].cells[col].dataset.sort, y = b[0].cells[col].dataset.sort;
      var d = numeric ? Number(x) - Number(y) : x.localeCompare(y);
      return asc ? d : -d;
    });
    pairs.forEach(function (p) { body.appendChild(p[0]); body.appendChild(p[1]); });
  });
});
document.querySelectorAll('button.expand').forEach(function (button) {
  button.addEventListener('click', function () {
    var details = button.closest('tr').nextElementSibling;
    var open = details.hidden;
    details.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  });
});
)JS";

constexpr std::string_view k_style = R"CSS(
body { font: 14px/1.45 system-ui, sans-serif; margin: 2em; color: #1b1f24; }
table { border-collapse: collapse; width: 100%; }
th, td { padding: .4em .6em; border-bottom: 1px solid #d8dee4; text-align: left; vertical-align: top; }
th[data-col] { cursor: pointer; user-select: none; background: #f6f8fa; }
th[data-dir=asc]::after { content: " \25B2"; } th[data-dir=desc]::after { content: " \25BC"; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
button.expand { font: inherit; border: none; background: none; color: #0969da; cursor: pointer; padding: 0; }
tr.details td { background: #fbfcfd; }
.meta { color: #57606a; }
)CSS";

std::string base64_of_hex(const std::string& hex)
{
  static constexpr char k_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string bytes;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
    bytes += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
  }
  std::string out;
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    const std::size_t n = std::min<std::size_t>(3, bytes.size() - i);
    unsigned value = 0;
    for (std::size_t k = 0; k < 3; ++k) {
      value = (value << 8) | (k < n ? static_cast<unsigned char>(bytes[i + k]) : 0U);
    }
    for (std::size_t k = 0; k < 4; ++k) {
      out += k <= n ? k_alphabet[(value >> (18 - 6 * k)) & 63] : '=';
    }
  }
  return out;
}

std::string link(const std::string& url, const std::string& text)
{
  const std::string href = safe_link(url);
  return href.empty()
           ? html_escape(text)
           : "<a href=\"" + html_escape(href) + "\" rel=\"noopener noreferrer\">" + html_escape(text) + "</a>";
}

std::string profiles_html(const ShortlistRow& row)
{
  std::string html;
  for (const std::string& login : row.github_logins) {
    html += link(github_profile_url(login), "GitHub " + login) + "<br>";
  }
  for (const std::string& user : row.huggingface_users) {
    html += link(huggingface_profile_url(user), "Hugging Face " + user) + "<br>";
  }
  for (const std::string& name : row.arxiv_names) {
    html += link(arxiv_author_url(name), "arXiv " + name) + "<br>";
  }
  return html;
}

// One horizontal bar per signal, scaled to the largest contribution.
std::string signal_chart(const std::vector<SignalLine>& signals)
{
  double largest = 0;
  for (const SignalLine& line : signals) {
    largest = std::max(largest, std::abs(line.contribution));
  }
  const int row_height = 22;
  std::string svg = "<svg role=\"img\" aria-label=\"score by signal\" width=\"720\" height=\""
                    + std::to_string(row_height * static_cast<int>(signals.size()) + 4) + "\">";
  int y = 2;
  for (const SignalLine& line : signals) {
    const double width = largest > 0 ? 260.0 * std::abs(line.contribution) / largest : 0;
    svg +=
      "<text x=\"0\" y=\"" + std::to_string(y + 15) + "\" font-size=\"12\">" + html_escape(line.signal) + "</text>";
    svg += "<rect x=\"180\" y=\"" + std::to_string(y + 3) + "\" width=\"" + format_fixed(width, 1)
           + "\" height=\"14\" fill=\"#2f81f7\"><title>" + html_escape(line.explanation) + "</title></rect>";
    svg += "<text x=\"" + format_fixed(186 + width, 1) + "\" y=\"" + std::to_string(y + 15) + "\" font-size=\"12\">"
           + format_fixed(line.contribution, 3) + " · " + html_escape(line.explanation) + "</text>";
    y += row_height;
  }
  return svg + "</svg>";
}

std::string details_html(const ShortlistRow& row)
{
  std::string html = "<tr class=\"details\" hidden><td colspan=\"7\">" + signal_chart(row.signals);
  if (!row.evidence.empty()) {
    html += "<ul>";
    for (const EvidenceLink& evidence : row.evidence) {
      html += "<li>" + link(evidence.url, evidence.text) + "</li>";
    }
    html += "</ul>";
  }
  return html + "</td></tr>\n";
}

std::string person_html(const ShortlistRow& row)
{
  std::string reasons;
  for (std::size_t i = 0; i < row.reasons.size() && i < 3; ++i) {
    reasons += html_escape(row.reasons[i]) + "<br>";
  }
  const std::string name = html_escape(row.name);
  return "<tr class=\"person\"><td class=\"num\" data-sort=\"" + std::to_string(row.rank) + "\">"
         + std::to_string(row.rank) + "</td><td class=\"num\" data-sort=\"" + format_fixed(row.score, 6) + "\">"
         + format_fixed(row.score, 3) + "</td><td data-sort=\"" + name
         + "\"><button class=\"expand\" aria-expanded=\"false\">" + name + "</button></td><td data-sort=\""
         + html_escape(row.specialisation_name) + "\">" + html_escape(row.specialisation_name) + " ("
         + format_fixed(row.confidence, 2) + ")<br><span class=\"meta\">" + html_escape(row.compensation_band)
         + "</span></td><td data-sort=\"" + html_escape(row.location) + "\">" + html_escape(row.location)
         + "</td><td data-sort=\"\">" + profiles_html(row) + "</td><td data-sort=\"\">" + reasons + "</td></tr>\n"
         + details_html(row);
}

}  // namespace

void write_html(const ShortlistMeta& meta, const std::vector<ShortlistRow>& rows, std::ostream& out)
{
  const std::string script_hash = base64_of_hex(sha256_hex(k_script));
  out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
      << "script-src 'sha256-" << script_hash << "'\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>scout shortlist</title><style>" << k_style << "</style></head><body>\n"
      << "<h1>Shortlist</h1><p class=\"meta\">Ranking run " << meta.ranking_run << " of " << html_escape(meta.ranked_at)
      << (meta.filters.empty() ? "" : "; " + html_escape(meta.filters))
      << ". Click a column to sort, a name to see why.</p>\n"
      << (meta.changes ? changes_html(*meta.changes) + "<h2>Shortlist</h2>\n" : "")
      << "<table id=\"shortlist\"><thead><tr><th data-col=\"0\" data-type=\"num\">rank</th>"
      << "<th data-col=\"1\" data-type=\"num\">score</th><th data-col=\"2\">name</th>"
      << "<th data-col=\"3\">specialisation</th><th data-col=\"4\">location</th><th>profiles</th><th>why</th>"
      << "</tr></thead><tbody>\n";
  for (const ShortlistRow& row : rows) {
    out << person_html(row);
  }
  out << "</tbody></table>\n<script>" << k_script << "</script></body></html>\n";
}

}  // namespace scout::shortlist
