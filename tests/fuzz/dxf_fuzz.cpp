// libFuzzer target for the venue DXF reader: any bytes must either import or be refused with an
// InputError; a crash, a sanitizer report, a leak, a hang or a memory blow-up is a bug. A venue
// that imports is written as venue JSON: what boothplan accepts it can also write.
#include "layout/io/venue_dxf.h"
#include "layout/io/venue_json.h"
#include "layout/model/diagnostics.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    std::string bytes(reinterpret_cast<const char*>(data), size);
    try
    {
        bp::DxfImportSummary summary;
        bp::Venue venue = bp::parse_venue_dxf(bytes, "fuzz.dxf", {}, &summary);
        (void)bp::write_venue_json(venue);
    }
    catch (const bp::InputError&)
    {
    }
    return 0;
}
