// libFuzzer target for the .xlsx exhibitor-list reader: any bytes must either import or be refused
// with an InputError; a crash, a sanitizer report, a leak, a hang or a memory blow-up is a bug.
// Inputs starting with "PK" are read as whole workbooks (the zip layer). Any other input is the
// worksheet XML, then the shared strings after a line "----", packed into a valid workbook: a
// mutated zip fails its checksums at once, so this is how the XML handling gets fuzzed.
#include "layout/edit/edit.h"
#include "layout/io/exhibitor_list.h"
#include "layout/io/project_json.h"
#include "layout/io/xlsx_table.h"

#include <zip.h>

#include <cstddef>
#include <cstdint>
#include <string>

namespace
{

const char* const kWorkbook =
    R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>)"
    R"(<sheet name="Exhibitors" sheetId="1" r:id="rId1"/></sheets></workbook>)";
const char* const kRels =
    R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" )"
    R"(Target="worksheets/sheet1.xml"/></Relationships>)";

// TEXT must live until the archive is closed: libzip reads it then.
bool add_part(zip_t* z, const char* name, const std::string& text)
{
    zip_source_t* s = zip_source_buffer(z, text.data(), text.size(), 0);
    if (!s)
        return false;
    if (zip_file_add(z, name, s, ZIP_FL_OVERWRITE) < 0)
    {
        zip_source_free(s);
        return false;
    }
    return zip_set_file_compression(z, static_cast<zip_uint64_t>(zip_name_locate(z, name, 0)), ZIP_CM_STORE, 0) == 0;
}

// A workbook holding SHEET and SHARED as its first sheet and shared strings; empty when libzip fails.
std::string workbook(const std::string& sheet, const std::string& shared)
{
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &err);
    zip_t* z = src ? zip_open_from_source(src, ZIP_TRUNCATE, &err) : nullptr;
    zip_error_fini(&err);
    if (!z)
    {
        zip_source_free(src);
        return {};
    }
    zip_source_keep(src);
    static const std::string workbook_xml = kWorkbook, rels_xml = kRels;
    bool ok = add_part(z, "xl/workbook.xml", workbook_xml) && add_part(z, "xl/_rels/workbook.xml.rels", rels_xml) &&
              add_part(z, "xl/worksheets/sheet1.xml", sheet) &&
              (shared.empty() || add_part(z, "xl/sharedStrings.xml", shared));
    std::string out;
    if (!ok || zip_close(z) != 0)
        zip_discard(z);
    else if (zip_source_open(src) == 0)
    {
        char buf[65536];
        for (zip_int64_t n; (n = zip_source_read(src, buf, sizeof buf)) > 0;)
            out.append(buf, static_cast<size_t>(n));
        zip_source_close(src);
    }
    zip_source_free(src);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    std::string input(reinterpret_cast<const char*>(data), size);
    std::string bytes = input;
    if (input.rfind("PK", 0) != 0)
    {
        size_t cut = input.find("\n----\n");
        bytes = workbook(input.substr(0, cut), cut == std::string::npos ? std::string() : input.substr(cut + 6));
        if (bytes.empty())
            return 0;
    }
    try
    {
        bp::Table table = bp::parse_xlsx_table(bytes, "fuzz.xlsx");
        bp::Project project;
        bp::apply_edit(project, bp::import_exhibitors(project, table).edit);
        (void)bp::write_project_json(project); // what boothplan accepts it can also write
    }
    catch (const bp::InputError&)
    {
    }
    return 0;
}
