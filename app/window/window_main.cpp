// Starting the planner window.
#include "window_main.h"

#include "app.h"

#include <cstdio>
#include <cstdlib>

namespace bp::win
{

std::unique_ptr<Platform> open_window(const WindowArgs& args, const char* who)
{
    PlatformOptions po;
    po.width = args.width;
    po.height = args.height;
    try
    {
        return std::make_unique<Platform>(po);
    }
    catch (const PlatformError& e)
    {
        std::fprintf(stderr, "%s: %s\n", who, e.what());
        std::fprintf(stderr, "%s: the command line works without a display (boothplan --help); under xvfb-run -a the "
                             "window opens on a virtual one\n",
                     who);
        return nullptr;
    }
}

AppOptions app_options(const WindowArgs& args)
{
    AppOptions o;
    o.project = args.project;
    o.autosave_interval_s = args.autosave_interval_s;
    o.native_dialogs = args.native_dialogs;
    if (const char* probe = std::getenv("BOOTHPLAN_UI_PROBE"))
        o.probe_path = probe;
    if (!args.language.empty())
        o.language = parse_language(args.language);
    return o;
}

int run_window(const WindowArgs& args)
{
    std::unique_ptr<Platform> platform = open_window(args, "boothplan");
    if (!platform)
        return 2;
    App app(*platform, app_options(args));
    return app.run();
}

} // namespace bp::win
