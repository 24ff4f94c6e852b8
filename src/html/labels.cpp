// The HTML manual's own words, one table per language: a language is
// complete when its table has a text for every label, which the array's size
// holds to, and a test fails when a German page shows an English label.
#include "html/labels.hpp"

#include "config/report_language.hpp"

#include <algorithm>

namespace bizmap {
namespace {

using LabelTable = std::array<std::string_view, label_count>;

constexpr LabelTable english = {
    "manual",
    "Skip to the content",
    "Pages",
    "Search the manual",
    "Type a process, role, system or tool; Enter opens the first result.",
    "Nothing found.",
    "Start here",
    "Start here: {}",
    "Systems",
    "Processes",
    "Roles",
    "Health check",
    "Value streams",
    "The whole manual, for printing",
    "Run sheet: {}",
    "Run sheet to print and tick",
    "Description",
    "Goal",
    "Manager",
    "Owner",
    "Where it sits",
    "Starts when",
    "How often",
    "Tools",
    "Hands-on time",
    "Outcomes",
    "Subsystems",
    "Diagram",
    "Handoffs of {}",
    "{} boxes are too many to draw legibly here: each system's page draws its own part.",
    "This build of bizmap draws no diagrams: it was built without Graphviz's library.",
    "What you receive",
    "What you hand over",
    "What",
    "From",
    "To",
    "outside the business",
    "Steps",
    "Step",
    "Who",
    "Tool",
    "Time",
    "If something goes wrong",
    "Done",
    "Notes",
    "Links",
    "Date",
    "Done by",
    "Your part",
    "owns it",
    "steps {}",
    "is consulted",
    "is informed",
    "Systems you manage",
    "Your checklist",
    "{} per run",
    "about {} hours per week",
    "Business health",
    "Documentation (the model's completeness, scored apart)",
    "Area",
    "Score",
    "Weight",
    "What pulls it down",
    "Open findings",
    "No open findings.",
    "Lead time",
    "Chain of work",
    "The chain of work is too long to draw here; bizmap trace shows it.",
    "not set",
    "No steps written down yet.",
    "All pages",
    "Search results",
    "automated",
    "Every page of the manual in reading order, for printing or saving as PDF.",
    "Contents",
    "on demand",
    "daily",
    "weekly",
    "fortnightly",
    "monthly",
    "quarterly",
    "yearly",
    "{} day",
    "{} days",
    ".",
    "Run sheets: {}",
    "Run sheets",
};

constexpr LabelTable german = {
    "Handbuch",
    "Zum Inhalt springen",
    "Seiten",
    "Im Handbuch suchen",
    "Prozess, Rolle, System oder Werkzeug eingeben; die Eingabetaste öffnet den ersten Treffer.",
    "Nichts gefunden.",
    "Hier beginnen",
    "Hier beginnen: {}",
    "Bereiche",
    "Abläufe",
    "Rollen",
    "Gesundheitscheck",
    "Wertströme",
    "Das ganze Handbuch zum Drucken",
    "Laufzettel: {}",
    "Laufzettel zum Drucken und Abhaken",
    "Beschreibung",
    "Ziel",
    "Verantwortlich",
    "Zuständig",
    "Einordnung",
    "Beginnt, wenn",
    "Wie oft",
    "Werkzeuge",
    "Arbeitszeit",
    "Ergebnisse",
    "Unterbereiche",
    "Schaubild",
    "Übergaben in {}",
    "{} Kästen sind zu viele für ein lesbares Schaubild: jede Bereichsseite zeigt ihren Teil.",
    "Diese bizmap-Version zeichnet keine Schaubilder: ihr fehlt die Graphviz-Bibliothek.",
    "Was Sie bekommen",
    "Was Sie weitergeben",
    "Was",
    "Von",
    "An",
    "außerhalb des Unternehmens",
    "Schritte",
    "Schritt",
    "Wer",
    "Werkzeug",
    "Dauer",
    "Wenn etwas schiefgeht",
    "Erledigt",
    "Hinweise",
    "Verweise",
    "Datum",
    "Erledigt von",
    "Ihr Anteil",
    "zuständig",
    "Schritte {}",
    "wird gefragt",
    "wird informiert",
    "Ihre Bereiche",
    "Ihre Checkliste",
    "{} je Durchlauf",
    "etwa {} Stunden pro Woche",
    "Zustand des Betriebs",
    "Dokumentation (Vollständigkeit des Modells, getrennt bewertet)",
    "Feld",
    "Wert",
    "Gewicht",
    "Was den Wert senkt",
    "Offene Befunde",
    "Keine offenen Befunde.",
    "Durchlaufzeit",
    "Arbeitskette",
    "Die Arbeitskette ist zu lang für ein Schaubild; bizmap trace zeigt sie.",
    "nicht angegeben",
    "Noch keine Schritte aufgeschrieben.",
    "Alle Seiten",
    "Suchergebnisse",
    "automatisch",
    "Alle Seiten des Handbuchs in Lesereihenfolge, zum Drucken oder Speichern als PDF.",
    "Inhalt",
    "nach Bedarf",
    "täglich",
    "wöchentlich",
    "vierzehntäglich",
    "monatlich",
    "vierteljährlich",
    "jährlich",
    "{} Tag",
    "{} Tage",
    ",",
    "Laufzettel für {}",
    "Laufzettel ohne Bereich",
};

// A table with fewer texts than labels would compile with empty ones.
constexpr bool complete(const LabelTable& table) {
  for (std::string_view text : table) {
    if (text.empty()) {
      return false;
    }
  }
  return true;
}
static_assert(complete(english) && complete(german), "every label needs a text in every language");

constexpr const auto& codes = report_languages;
static_assert(codes.size() == 2, "a language needs its table of labels");

} // namespace

std::span<const std::string_view, label_count> labels(Language language) {
  return language == Language::de ? german : english;
}

std::string_view label(Language language, Label label) {
  return labels(language)[static_cast<std::size_t>(label)];
}

std::optional<Language> language_named(std::string_view code) {
  auto found = std::ranges::find(codes, code);
  if (found == codes.end()) {
    return std::nullopt;
  }
  return static_cast<Language>(found - codes.begin());
}

std::span<const std::string_view> language_codes() {
  return codes;
}

std::string_view language_code(Language language) {
  return codes[static_cast<std::size_t>(language)];
}

} // namespace bizmap
