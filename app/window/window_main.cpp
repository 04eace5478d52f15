// Starting the planner window.
#include "window_main.h"

#include "app.h"

#include <cstdio>
#include <cstdlib>

namespace bp::win
{

int run_window(const WindowArgs& args)
{
    PlatformOptions po;
    po.width = args.width;
    po.height = args.height;
    std::unique_ptr<Platform> platform;
    try
    {
        platform = std::make_unique<Platform>(po);
    }
    catch (const PlatformError& e)
    {
        std::fprintf(stderr, "boothplan: %s\n", e.what());
        std::fprintf(stderr, "boothplan: the command line works without a display: boothplan --help\n");
        return 2;
    }
    AppOptions o;
    o.project = args.project;
    o.autosave_interval_s = args.autosave_interval_s;
    o.native_dialogs = args.native_dialogs;
    if (const char* probe = std::getenv("BOOTHPLAN_UI_PROBE"))
        o.probe_path = probe;
    if (!args.language.empty())
        o.language = parse_language(args.language);
    App app(*platform, o);
    return app.run();
}

} // namespace bp::win
