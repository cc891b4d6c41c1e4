#pragma once

#include <string>
#include <vector>

namespace scout::testing {

// Text a stranger can put in a public profile, aimed at each export format.
inline std::vector<std::string> hostile_strings()
{
  return {"<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "'><svg onload=alert(1)>",
          "javascript:alert(1)",
          "JaVaScRiPt:alert(1)",
          "data:text/html,<script>alert(1)</script>",
          "</td></tr><tr><td>injected",
          "</script><script>alert(1)</script>",
          "=HYPERLINK(\"http://evil\",\"x\")",
          "=cmd|' /C calc'!A0",
          "+1+1",
          "-2+3",
          "@SUM(1+1)",
          "\t=1+1",
          "\r=1+1",
          "a,b,\"c\"\nnext line",
          "line\r\nbreak",
          "nul\x01\x02\x1b[31mred",
          "pipe | in | markdown",
          "**bold** _it_ [link](javascript:alert(1))",
          "\xC2\x85next-line\xE2\x80\xA8sep",
          "bad utf8 \xFF\xFE",
          "&lt;already escaped&gt; &amp;"};
}

}  // namespace scout::testing
