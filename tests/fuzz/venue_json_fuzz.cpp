// libFuzzer target for the venue JSON reader: any bytes must either give a valid venue or be
// refused with an InputError; a crash, a sanitizer report, a leak, a hang or a memory blow-up is
// a bug.
#include "layout/io/venue_json.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    std::string text(reinterpret_cast<const char*>(data), size);
    try
    {
        bp::Venue venue = bp::parse_venue_json(text, "fuzz.json");
        (void)bp::write_venue_json(venue);
    }
    catch (const bp::InputError&)
    {
    }
    return 0;
}
