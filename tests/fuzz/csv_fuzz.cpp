// libFuzzer target for the exhibitor CSV reader and the import checks behind it: any bytes must
// either import or be refused with an InputError; a crash, a sanitizer report, a leak, a hang or a
// memory blow-up is a bug. Lists are imported twice: into an empty project and into the tiny
// sample fair with its booth grid (hall preferences and locked booths are then checked too).
#include "layout/edit/edit.h"
#include "layout/grid/booth_grid.h"
#include "layout/io/exhibitor_list.h"
#include "layout/io/project_json.h"
#include "layout/samples/samples.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const bp::Project fair = []
    {
        bp::Project p = bp::make_sample(bp::SamplePreset::Tiny, 1);
        bp::apply_edit(p, bp::generate_grid(p).edit);
        return p;
    }();
    std::string bytes(reinterpret_cast<const char*>(data), size);
    try
    {
        bp::Table table = bp::parse_csv_table(bytes, "fuzz.csv");
        bp::Project empty;
        bp::apply_edit(empty, bp::import_exhibitors(empty, table).edit);
        bp::Project planned = fair;
        bp::apply_edit(planned, bp::import_exhibitors(planned, table).edit);
        (void)bp::write_project_json(planned); // what boothplan accepts it can also write
    }
    catch (const bp::InputError&)
    {
    }
    return 0;
}
