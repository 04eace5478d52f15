// What the window's own file dialog shows: a folder's entries filtered by extension, and where a
// typed name leads. No GL, no ImGui (the dialog in dialogs/ draws it).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace bp::win
{

struct FileFilter
{
    std::string name;                    // "boothplan projects"
    std::vector<std::string> extensions; // ".boothplan"; empty: every file
    bool accepts(const std::string& filename) const;
};

struct FolderEntry
{
    std::string name;
    bool folder = false;
    uintmax_t size = 0;
};

struct FolderListing
{
    std::string folder;               // absolute, normalised
    std::vector<FolderEntry> entries; // folders first, then files; each by name; hidden ones left out
    std::string error;                // why the folder could not be read (empty when it could)
};

FolderListing list_folder(const std::string& folder, const FileFilter& filter);
std::string parent_folder(const std::string& folder);
// The path a typed name stands for: absolute as typed, else inside `folder`; `~/` is the home folder.
std::string resolve_typed_path(const std::string& folder, const std::string& typed);
// Appends the filter's first extension when the name has none of its extensions (Save dialogs).
std::string with_extension(const std::string& path, const FileFilter& filter);

} // namespace bp::win
