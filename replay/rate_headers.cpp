#include "replay/rate_headers.hpp"

#include "replay/json_util.hpp"

#include <string>

namespace scout::replay {

namespace {

using Setter = void (*)(Headers&, std::string_view, std::string);

void add_github_headers(Headers& headers, const RateDecision& decision, Setter set)
{
  set(headers, "X-RateLimit-Limit", std::to_string(decision.limit));
  set(headers, "X-RateLimit-Remaining", std::to_string(decision.remaining));
  set(headers, "X-RateLimit-Reset", std::to_string(decision.reset_epoch_s));
  set(headers, "X-RateLimit-Used", std::to_string(decision.used));
  set(headers, "X-RateLimit-Resource", "core");
}

void add_hf_headers(Headers& headers, const RateDecision& decision, Setter set)
{
  set(headers, "RateLimit",
      "\"api\";r=" + std::to_string(decision.remaining) + ";t=" + std::to_string(decision.reset_in_s));
  set(headers, "RateLimit-Policy",
      "\"fixed window\";\"api\";q=" + std::to_string(decision.limit) + ";w=" + std::to_string(decision.window_s));
}

}  // namespace

void add_rate_headers(Reply& reply, RateStyle style, const RateDecision& decision, bool overwrite)
{
  const Setter set = overwrite ? &set_header : &set_header_if_absent;
  switch (style) {
  case RateStyle::github: add_github_headers(reply.headers, decision, set); break;
  case RateStyle::hf: add_hf_headers(reply.headers, decision, set); break;
  case RateStyle::plain: break;
  }
}

Reply rate_limited_reply(RateStyle style, const RateDecision& decision)
{
  Reply reply;
  reply.status = style == RateStyle::github ? 403 : 429;
  const std::string limit = std::to_string(decision.limit);
  const std::string window = std::to_string(decision.window_s);
  reply.body =
    message_json(style == RateStyle::github
                   ? "API rate limit exceeded (replay server: " + limit + " requests per " + window + " s)."
                   : "Too Many Requests: rate limit of " + limit + " requests per " + window + " s exceeded");
  set_header(reply.headers, "Content-Type", "application/json; charset=utf-8");
  if (style != RateStyle::github) {
    set_header(reply.headers, "Retry-After", std::to_string(decision.reset_in_s));
  }
  add_rate_headers(reply, style, decision, true);
  return reply;
}

}  // namespace scout::replay
