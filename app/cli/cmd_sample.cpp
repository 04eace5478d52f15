// `boothplan sample`: writes a sample fair as a new project: one of the presets, or a generated
// fair with a planted answer (`--preset generated --seed N [--halls N] [--fill F]`, DESIGN §7).
#include "commands.h"

#include "layout/io/project_store.h"
#include "layout/samples/generated.h"
#include "layout/samples/samples.h"

#include <chrono>
#include <filesystem>
#include <iostream>

namespace bp::cli
{

void add_sample_command(CLI::App& app)
{
    struct Options
    {
        std::string preset, out;
        uint64_t seed = 1;
        int halls = 0, modules = 0;
        double fill = 0;
        bool force = false;
    };
    auto opt = std::make_shared<Options>();
    CLI::App* cmd = app.add_subcommand("sample", "Generate a sample fair (venue, exhibitors, pavilions, sectors)");
    cmd->add_option("--preset", opt->preset, "tiny | cismef | canton | canton-x3 | generated")
        ->required()
        ->check(CLI::IsMember({"tiny", "cismef", "canton", "canton-x3", "generated"}));
    cmd->add_option("--seed", opt->seed, "Random seed; the same seed gives the same fair")->capture_default_str();
    cmd->add_option("--halls", opt->halls, "Generated fairs: number of halls (1-8; default drawn from the seed)")
        ->check(CLI::Range(1, 8));
    cmd->add_option("--fill", opt->fill,
                    "Generated fairs: share of bookable modules the planted answer uses (0.5-0.95; default drawn)")
        ->check(CLI::Range(0.05, 1.0));
    cmd->add_option("--modules", opt->modules,
                    "Generated fairs: bookable modules in the whole venue, about (200-30000; default drawn)")
        ->check(CLI::Range(200, 30000));
    cmd->add_option("-o,--output", opt->out, "Project file to create (*.boothplan)")->required();
    cmd->add_flag("--force", opt->force, "Replace an existing project file");
    cmd->callback(
        [opt]
        {
            if (std::filesystem::exists(opt->out) && !opt->force)
                throw ExitStatus{kExitBadInput, opt->out + ": exists; pass --force to replace it"};
            if ((opt->halls || opt->fill > 0 || opt->modules) && opt->preset != "generated")
                throw ExitStatus{kExitBadInput, "--halls, --fill and --modules are for --preset generated"};
            auto t0 = std::chrono::steady_clock::now();
            Project p = opt->preset == "generated" ? make_generated_fair({opt->seed, opt->halls, opt->fill, opt->modules}).project
                                                   : make_sample(*parse_sample_preset(opt->preset), opt->seed);
            save_project(p, opt->out);
            double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            std::cout << opt->out << ": " << opt->preset << " sample, seed " << opt->seed << ": "
                      << p.venue.halls.size() << " halls, " << p.exhibitors.size() << " exhibitors, "
                      << p.pavilions.size() << " pavilions, " << p.sectors.size() << " sectors (" << s << " s)\n";
        });
}

} // namespace bp::cli
