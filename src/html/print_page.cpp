// print.html: the whole manual in reading order, each part starting a new
// printed page, links pointing at the parts inside it.
#include "html/escape.hpp"
#include "html/html_site.hpp"

#include <fmt/format.h>

namespace bizmap {

std::string HtmlSite::print_body() const {
  const std::string page = "print.html";
  Where top{page, true, 1};
  Where part{page, true, 2};
  std::string body =
      fmt::format("<h1>{} · {}</h1>\n<p>{}</p>\n", html_text(context.business_name()),
                  text(Label::manual), text(Label::manual_note));
  std::string contents;
  auto entry = [&](std::string_view href, const std::string& title) {
    contents += fmt::format("<li><a href=\"{}\">{}</a></li>\n", href, title);
  };
  std::string parts;
  auto add = [&](const std::string& section) {
    parts += "<section class=\"print-part\">\n" + section + "</section>\n";
  };
  if (context.for_staff()) {
    for (std::size_t r = 0; r < context.role_ids.size(); ++r) {
      entry(role_href(top, r), text(Label::start_here_for, html_text(context.role_title(r))));
      add(role_body(part, r));
    }
  }
  for (std::size_t s : systems_in_reading_order()) {
    entry(system_href(top, s), html_text(context.system_title(s)));
    add(system_body(part, s));
    for (std::size_t p : context.model.systems[s].processes) {
      add(process_body(Where{page, true, 3}, p));
    }
  }
  for (std::size_t p = 0; p < context.model.processes.size(); ++p) {
    if (!context.model.processes[p].system) {
      entry(process_href(top, p), html_text(context.process_title(p)));
      add(process_body(part, p));
    }
  }
  if (!context.for_staff()) {
    for (std::size_t r = 0; r < context.role_ids.size(); ++r) {
      entry(role_href(top, r), text(Label::start_here_for, html_text(context.role_title(r))));
      add(role_body(part, r));
    }
    entry("#health", std::string(text(Label::health_check)));
    add(health_body(part));
  }
  entry("#value-streams", std::string(text(Label::value_streams)));
  add(value_streams_body(part));
  body += fmt::format("<nav aria-label=\"{}\" class=\"contents\">\n<h2>{}</h2>\n<ol>\n{}</ol>\n"
                      "</nav>\n",
                      text(Label::contents), text(Label::contents), contents);
  return body + parts;
}

} // namespace bizmap
