// The model files read back by the loader: a finding about a value is a
// finding about the cell it came from.
#include "sheets/model_files.hpp"

#include <algorithm>
#include <bizmap/load.hpp>
#include <tuple>
#include <unordered_map>

namespace bizmap::sheets {
namespace {

class ReadBack {
public:
  ReadBack(const ModelFiles& files, std::uint32_t fallback) : files_(files), fallback_(fallback) {
    for (std::size_t i = 0; i < files.files.size(); ++i) {
      file_index_.emplace(files.files[i].path, i);
    }
  }

  // The loader reads the files as `check` will: each of its findings is about a
  // value that came from a cell, and is reported at that cell.
  std::vector<Diagnostic> read() const {
    std::vector<SourceText> texts;
    for (const ReportFile& file : files_.files) {
      texts.push_back({file.path, file.text, true});
    }
    LoadResult loaded = load_texts(std::move(texts));
    for (Diagnostic& finding : loaded.findings) {
      std::string_view file = loaded.model.files[finding.at.file].path;
      Origin at = cell_of(file, finding.at);
      finding.at = Location{at.sheet, at.row, at.column, 1};
      finding.severity = Severity::error;
      for (RelatedLocation& related : finding.related) {
        Origin there = cell_of(loaded.model.files[related.at.file].path, related.at);
        related.at = Location{there.sheet, there.row, there.column, 1};
      }
      finding.consequence_of.reset();
    }
    return std::move(loaded.findings);
  }

  Origin cell_of(std::string_view path, const Location& at) const {
    if (auto file = file_index_.find(std::string(path)); file != file_index_.end()) {
      const std::vector<Placed>& places = files_.places[file->second];
      auto after = std::upper_bound(
          places.begin(), places.end(), at, [](const Location& l, const Placed& p) {
            return std::tie(l.line, l.column) < std::tie(p.line, p.first_column);
          });
      if (after != places.begin()) {
        return std::prev(after)->origin;
      }
      if (!places.empty()) {
        return places.front().origin;
      }
    }
    return Origin{fallback_, 1, 1};
  }

private:
  const ModelFiles& files_;
  std::uint32_t fallback_;
  std::unordered_map<std::string, std::size_t> file_index_;
};

} // namespace

std::vector<Diagnostic> read_back(const ModelFiles& files, std::uint32_t fallback) {
  return ReadBack(files, fallback).read();
}

} // namespace bizmap::sheets
