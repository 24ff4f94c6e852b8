#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

namespace bizmap {

/// Files written and removed below one folder as one change. Every new text
/// goes first into a temporary file beside its target; only when all are
/// written does commit() rename them into place (a replaced file is kept
/// under a second name until then) and move removed files aside. Any failure
/// before commit() returns, or a transaction dropped without commit(), puts
/// every file and folder back as it was. Nothing here follows or replaces a
/// symbolic link: callers check the paths first.
class FileTransaction {
public:
  /// Folders below `root` that are missing are created, and removed again on
  /// failure; `root` itself too, when it does not exist yet.
  explicit FileTransaction(std::filesystem::path root);
  FileTransaction(const FileTransaction&) = delete;
  FileTransaction& operator=(const FileTransaction&) = delete;
  ~FileTransaction();

  /// Writes `text` to a temporary beside `target`. A replaced file keeps its
  /// permission bits; a new one gets those of a new file under the umask.
  /// Throws std::filesystem::filesystem_error, with the errno, on failure.
  void write(const std::filesystem::path& target, std::string_view text);
  /// Removes `target` when the transaction commits, and its folders below
  /// the root that are empty then.
  void remove(const std::filesystem::path& target);
  /// Puts everything into place, or everything back and throws.
  void commit();

private:
  struct PendingFile {
    std::filesystem::path target;
    std::filesystem::path temporary; ///< empty for a removal
    std::filesystem::path backup;    ///< the old file while the change is not final
    bool existed = false;
    bool applied = false;
  };

  void create_folders(const std::filesystem::path& folder);
  void apply(PendingFile& change);
  void undo(PendingFile& change) noexcept;
  void roll_back() noexcept;
  void remove_empty_folders(std::filesystem::path folder) noexcept;

  std::filesystem::path root_;
  std::vector<PendingFile> changes_;
  std::vector<std::filesystem::path> created_folders_;
  bool committed_ = false;
};

} // namespace bizmap
