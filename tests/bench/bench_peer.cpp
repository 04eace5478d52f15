// Benchmark against the one public booth-layout optimiser (issue 12): its five published
// instances, read at run time from the peer's folder (never copied into this project), translated
// cell for cell and solved; side by side, rivals side by side in a row and directly across the
// aisle, and time, for boothplan and for the peer's published figures (the README's table).
//
// Translation: each grid row is a single-depth block of 3 m modules, rows 3 m apart across an
// aisle (so row r faces row r + 1); a blocked cell is a blocked module; a booth is a 9 m²
// exhibitor whose sector is its category, and same-category booths are competitors.
//
// Usage: bench_peer [--dir DIR] [--seed N]   (DIR: the peer's instances, ../shared/peer-instances
//                                            beside the source tree by default)
#include "solver/solver.h"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace
{

using Clock = std::chrono::steady_clock;

struct Instance
{
    int rows = 0, cols = 0;
    std::vector<std::string> category;
    std::vector<double> value;
    std::vector<std::pair<int, int>> blocked;
    std::vector<double> bonus; // rows * cols
};

// The file's numbers and words in order, comments dropped; each with its line for messages.
struct Tokens
{
    std::vector<std::pair<std::string, int>> items;
    size_t next = 0;
    std::string file;
    std::string word(const char* what)
    {
        if (next >= items.size())
            throw std::runtime_error(file + ": ends before " + what);
        return items[next++].first;
    }
    double number(const char* what)
    {
        const int line = next < items.size() ? items[next].second : 0;
        const std::string w = word(what);
        char* end = nullptr;
        const double v = std::strtod(w.c_str(), &end);
        if (end == w.c_str() || *end)
            throw std::runtime_error(file + ":" + std::to_string(line) + ": " + what + " should be a number, not '" +
                                     w + "'");
        return v;
    }
};

Instance read_instance(const std::filesystem::path& path)
{
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error(path.string() + ": cannot be read");
    Tokens t;
    t.file = path.string();
    std::string line;
    for (int n = 1; std::getline(in, line); ++n)
    {
        if (line.find('#') != std::string::npos)
            line.erase(line.find('#'));
        std::istringstream words(line);
        for (std::string w; words >> w;)
            t.items.push_back({w, n});
    }
    Instance I;
    I.rows = int(t.number("ROWS"));
    I.cols = int(t.number("COLS"));
    const int booths = int(t.number("the number of booths"));
    for (int i = 0; i < booths; ++i)
    {
        t.word("a booth id");
        I.category.push_back(t.word("a booth category"));
        I.value.push_back(t.number("a booth value"));
    }
    const int blocked = int(t.number("the number of blocked cells"));
    for (int i = 0; i < blocked; ++i)
    {
        const int r = int(t.number("a blocked row"));
        I.blocked.push_back({r, int(t.number("a blocked column"))});
    }
    for (int i = 0; i < I.rows * I.cols; ++i)
        I.bonus.push_back(t.number("a position bonus"));
    return I;
}

// One hall; grid row r is block r, a single row of modules at y = 3 + 6 r.
bp::Project translate(const Instance& I, const std::string& name)
{
    bp::Project p;
    p.venue.name = name;
    bp::Hall hall;
    hall.code = "1";
    hall.name = name;
    const double w = 6 + 3.0 * I.cols, h = 3 + 6.0 * I.rows;
    hall.outline = bp::rectangle({0, 0}, {w, h});
    hall.doors.push_back({bp::DoorKind::Entrance, {{0.5, 0}, {2.5, 0}}});
    hall.doors.push_back({bp::DoorKind::Exit, {{w - 2.5, h}, {w - 0.5, h}}});
    p.venue.halls.push_back(hall);
    for (int r = 0; r < I.rows; ++r)
    {
        bp::Block b;
        b.hall = bp::HallId(0);
        b.origin = {3, 3 + 6.0 * r};
        b.rows = 1;
        b.modules = I.cols;
        b.cells.assign(size_t(I.cols), bp::CellUse::Booth);
        for (int c = 0; c < I.cols; ++c)
            b.numbers.push_back("R" + std::to_string(r) + "C" + std::to_string(c));
        p.blocks.push_back(b);
    }
    for (auto [r, c] : I.blocked)
        if (r >= 0 && r < I.rows && c >= 0 && c < I.cols)
            p.blocks[size_t(r)].cells[size_t(c)] = bp::CellUse::Blocked;
    std::map<std::string, int> sectors;
    for (const std::string& c : I.category)
        if (sectors.emplace(c, int(sectors.size())).second)
            p.sectors.push_back({c, 0x808080, std::nullopt});
    for (size_t i = 0; i < I.category.size(); ++i)
    {
        bp::Exhibitor e;
        e.code = "B" + std::to_string(i);
        e.name = I.category[i] + " " + std::to_string(i);
        e.country = "US";
        e.sector = bp::SectorId(sectors[I.category[i]]);
        e.area_m2 = 9;
        for (size_t j = 0; j < I.category.size(); ++j)
            if (j != i && I.category[j] == I.category[i])
                e.competitors.push_back(bp::ExhibitorId(int32_t(j)));
        p.exhibitors.push_back(e);
    }
    return p;
}

struct Figures
{
    int placed = 0, side = 0, facing = 0;
    double peer_score = 0; // the peer's objective on this plan
};

// Rivals side by side in a row and directly across the aisle, counted on the grid.
Figures count(const Instance& I, const bp::Allocation& a)
{
    Figures f;
    std::vector<int> at(size_t(I.rows * I.cols), -1);
    for (size_t e = 0; e < a.exhibitors.size(); ++e)
        if (const auto& b = a.exhibitors[e].booth)
        {
            const int cell = b->block.value * I.cols + b->col;
            at[size_t(cell)] = int(e);
            f.placed++;
            f.peer_score += I.value[e] * I.bonus[size_t(cell)];
        }
    auto rivals = [&](int x, int y) { return x >= 0 && y >= 0 && I.category[size_t(x)] == I.category[size_t(y)]; };
    for (int r = 0; r < I.rows; ++r)
        for (int c = 0; c < I.cols; ++c)
        {
            const int x = at[size_t(r * I.cols + c)];
            f.side += c + 1 < I.cols && rivals(x, at[size_t(r * I.cols + c + 1)]);
            f.facing += r + 1 < I.rows && rivals(x, at[size_t((r + 1) * I.cols + c)]);
        }
    f.peer_score -= 0.6 * f.side + 0.3 * f.facing;
    return f;
}

// The peer's published figures: the README's table rows "| name | grid | booths | score |
// side / across | time |".
std::map<std::string, std::vector<std::string>> published(const std::filesystem::path& readme)
{
    std::map<std::string, std::vector<std::string>> out;
    std::ifstream in(readme);
    for (std::string line; std::getline(in, line);)
    {
        std::vector<std::string> cells;
        std::istringstream s(line);
        for (std::string c; std::getline(s, c, '|');)
        {
            const size_t a = c.find_first_not_of(' '), b = c.find_last_not_of(' ');
            cells.push_back(a == std::string::npos ? "" : c.substr(a, b - a + 1));
        }
        if (cells.size() >= 7 && cells[0].empty() && cells[1] != "instance" &&
            cells[1].find("---") == std::string::npos)
            out[cells[1]] = {cells[4], cells[5], cells[6]};
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    std::filesystem::path dir = std::filesystem::path(BOOTHPLAN_SOURCE_DIR) / ".." / "shared" / "peer-instances";
    uint64_t seed = 42;
    for (int i = 1; i + 1 < argc; i += 2)
    {
        if (!std::strcmp(argv[i], "--dir"))
            dir = argv[i + 1];
        else if (!std::strcmp(argv[i], "--seed"))
            seed = std::strtoull(argv[i + 1], nullptr, 10);
    }
    const char* names[] = {"greedy_trap", "almost_full", "super_tight", "small1", "small2"};
    if (!std::filesystem::exists(dir / "greedy_trap.txt"))
    {
        std::printf("bench_peer: the peer's instances are not in %s: skipped (give their folder with --dir DIR)\n",
                    dir.string().c_str());
        return 0;
    }
    const auto peer = published(dir / "README.md");
    std::printf("bench_peer: the peer's five instances from %s, seed %llu, one thread\n", dir.string().c_str(),
                (unsigned long long)seed);
    std::printf("%-12s %5s %6s | %-34s | %-30s\n", "instance", "grid", "booths", "boothplan: side / across, time (CPU)",
                "peer (published): side / across, time");
    int worse = 0;
    double slowest = 0;
    for (const char* name : names)
    {
        try
        {
            const Instance I = read_instance(dir / (std::string(name) + ".txt"));
            const bp::Project project = translate(I, name);
            bp::SolveOptions opt;
            opt.seed = seed;
            opt.threads = 1;
            opt.time_limit_s = 10;
            const auto t0 = Clock::now();
            const std::clock_t c0 = std::clock();
            const bp::SolveResult r = bp::solve(project, opt);
            const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
            const double cpu_ms = 1000.0 * double(std::clock() - c0) / CLOCKS_PER_SEC;
            slowest = std::max(slowest, ms);
            const Figures f = count(I, r.allocation);
            const auto it = peer.find(name);
            int peer_side = -1, peer_across = -1;
            if (it != peer.end())
                std::sscanf(it->second[1].c_str(), "%d / %d", &peer_side, &peer_across);
            worse += peer_side >= 0 && f.side + f.facing > peer_side + peer_across;
            char mine[64], theirs[64];
            std::snprintf(mine, sizeof mine, "%d / %d, %.1f ms (CPU %.1f)", f.side, f.facing, ms, cpu_ms);
            std::snprintf(theirs, sizeof theirs, "%s, %s", it != peer.end() ? it->second[1].c_str() : "?",
                          it != peer.end() ? it->second[2].c_str() : "?");
            std::printf("%-12s %2dx%-2d %6zu | %-34s | %-30s placed %d/%zu, hard %lld, peer's score of this plan "
                        "%.1f (peer's own %s); stop: %s\n",
                        name, I.rows, I.cols, I.category.size(), mine, theirs, f.placed, I.category.size(),
                        (long long)-r.evaluation.score.hard, f.peer_score,
                        it != peer.end() ? it->second[0].c_str() : "?", bp::describe_stop(r.stats).c_str());
        }
        catch (const std::exception& e)
        {
            std::printf("%-12s could not be read: %s\n", name, e.what());
            ++worse;
        }
    }
    std::printf("boothplan has more conflicts than the peer on %d of 5 instances; slowest solve %.1f ms (goal: 0, "
                "<= 50 ms)\n",
                worse, slowest);
    return 0;
}
