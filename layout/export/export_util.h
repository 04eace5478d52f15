// Helpers shared by the exporters: temporary output files renamed into place, the hall filter,
// and DXF-safe text.
#pragma once

#include "export.h"

#include <optional>
#include <string>

namespace bp
{

// A temporary file beside `target`; commit() renames it over the target, the destructor removes
// it otherwise. For writers (Cairo, libxlsxwriter, dxflib, tinygltf) that want a file name.
class TempFile
{
public:
    explicit TempFile(std::string target);
    ~TempFile();
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    const std::string& path() const { return tmp_; }
    void commit(); // throws std::runtime_error when the rename fails

private:
    std::string target_, tmp_;
    bool done_ = false;
};

// The hall chosen with options.hall, nullopt for the whole venue; an unknown code throws InputError.
std::optional<HallId> selected_hall(const Project& project, const ExportOptions& options);

[[noreturn]] void throw_bad_option(const std::string& option, const std::string& message);

// UTF-8 to DXF R2000 text: ASCII as is, other code points as \U+XXXX.
std::string dxf_escape(const std::string& utf8);

} // namespace bp
