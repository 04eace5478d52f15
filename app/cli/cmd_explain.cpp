// `boothplan explain`: why one exhibitor stands where it does (or nowhere), how one pavilion is
// seated and why it is split, or who holds one booth and why; the plan the project's booths hold
// now, scored as `solve` scores it. The window's "Why here?" says the same.
#include "commands.h"

#include "layout/io/project_store.h"
#include "solver/solver.h"

#include <algorithm>
#include <iostream>
#include <map>
#include <vector>

namespace bp::cli
{

namespace
{

void print_lines(const std::vector<std::string>& lines)
{
    for (const std::string& l : lines)
        std::cout << "  " << l << "\n";
}

void explain_pavilion(const Project& p, const Allocation& a, const Evaluation& ev, PavilionId id)
{
    const Pavilion& pav = p.pavilion(id);
    const std::vector<ExhibitorId> members = p.members(id);
    int placed = 0;
    double area = 0;
    std::map<std::string, int> halls;
    std::vector<ExhibitorId> unplaced;
    for (ExhibitorId e : members)
    {
        const Assignment& x = a.exhibitors[e.index()];
        if (!x.booth || !x.booth->block.valid())
        {
            unplaced.push_back(e);
            continue;
        }
        ++placed;
        const Block& blk = p.block(x.booth->block);
        area += booth_area(blk, *x.booth);
        halls[p.hall(blk.hall).code]++;
    }
    std::cout << "pavilion " << pav.name << ": " << members.size() << " members, " << placed << " placed on "
              << wording_figure(area) << " m²";
    if (!halls.empty())
    {
        std::cout << " in hall";
        for (const auto& [code, n] : halls)
            std::cout << " " << code << " (" << n << ")";
    }
    std::cout << "\n";
    bool split = false;
    for (const Penalty& v : ev.violations)
        if (std::find(v.ids.pavilions.begin(), v.ids.pavilions.end(), id) != v.ids.pavilions.end())
        {
            split |= v.constraint == "pavilion-split";
            std::cout << "  " << to_string(v.level) << " " << v.constraint << ": " << v.message << "\n";
        }
    if (!split && placed > 0)
        std::cout << "  in one piece\n";
    for (ExhibitorId e : unplaced)
        print_lines(explain_exhibitor(p, ev, a, e));
}

void explain_booth(const Project& p, const Allocation& a, const Evaluation& ev, const Booth& b)
{
    std::cout << "booth " << b.number << " in hall " << p.hall(b.hall).code << ": " << to_string(b.status);
    if (!b.exhibitor.valid())
    {
        std::cout << ", nobody holds it\n";
        return;
    }
    std::cout << ", held by " << p.exhibitor(b.exhibitor).code << " " << p.exhibitor(b.exhibitor).name << "\n";
    print_lines(explain_exhibitor(p, ev, a, b.exhibitor));
}

} // namespace

void add_explain_command(CLI::App& app)
{
    struct Options
    {
        std::string project, exhibitor, pavilion, booth;
    };
    auto opt = std::make_shared<Options>();
    CLI::App* cmd = app.add_subcommand(
        "explain", "Say why an exhibitor stands where it does, how a pavilion is seated, or who holds a booth and why");
    cmd->add_option("PROJECT", opt->project, "Project file (*.boothplan)")->required()->check(CLI::ExistingFile);
    auto* ex = cmd->add_option("--exhibitor", opt->exhibitor, "Exhibitor id, as the exhibitor list writes it");
    auto* pv = cmd->add_option("--pavilion", opt->pavilion, "Pavilion name");
    auto* bo = cmd->add_option("--booth", opt->booth, "Booth number, e.g. 1.1A05 or 1.1A05-06");
    ex->excludes(pv)->excludes(bo);
    pv->excludes(bo);
    cmd->callback(
        [opt]
        {
            if (opt->exhibitor.empty() && opt->pavilion.empty() && opt->booth.empty())
                throw ExitStatus{kExitBadInput, "explain: give --exhibitor ID, --pavilion NAME or --booth NUMBER"};
            const Project p = load_project(opt->project);
            const Allocation a = current_allocation(p);
            const Evaluation ev = evaluate(p, a);
            if (!opt->exhibitor.empty())
            {
                const auto e = p.find_exhibitor(opt->exhibitor);
                if (!e)
                    throw ExitStatus{kExitBadInput, opt->project + ": no exhibitor with id " + opt->exhibitor +
                                                        " (ids are as the exhibitor list writes them)"};
                std::cout << "exhibitor " << p.exhibitor(*e).code << " " << p.exhibitor(*e).name << "\n";
                print_lines(explain_exhibitor(p, ev, a, *e));
            }
            else if (!opt->pavilion.empty())
            {
                const auto v = p.find_pavilion(opt->pavilion);
                if (!v)
                    throw ExitStatus{kExitBadInput, opt->project + ": no pavilion named \"" + opt->pavilion +
                                                        "\" (names are compared exactly)"};
                explain_pavilion(p, a, ev, *v);
            }
            else
            {
                const auto b = p.find_booth(opt->booth);
                if (!b)
                    throw ExitStatus{kExitBadInput, opt->project + ": no booth numbered " + opt->booth +
                                                        (p.blocks.empty() ? " (the project has no booth grid yet)" : "")};
                explain_booth(p, a, ev, p.booth(*b));
            }
        });
}

} // namespace bp::cli
