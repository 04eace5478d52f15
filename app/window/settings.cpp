// Settings between sessions as JSON.
#include "settings.h"

#include "layout/io/file_util.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace bp::win
{

namespace fs = std::filesystem;

std::string settings_path()
{
    fs::path dir;
    if (const char* c = std::getenv("XDG_CONFIG_HOME"); c && *c)
        dir = fs::path(c) / "boothplan";
    else if (const char* home = std::getenv("HOME"); home && *home)
        dir = fs::path(home) / ".config" / "boothplan";
    else
        dir = fs::temp_directory_path() / "boothplan";
    return (dir / "settings.json").string();
}

namespace
{

Language language_from_environment()
{
    for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"})
        if (const char* v = std::getenv(var); v && *v)
            if (auto l = parse_language(v))
                return *l;
    return Language::English;
}

template <class T> void read(const nlohmann::json& j, const char* key, T& out)
{
    if (j.contains(key))
        try
        {
            out = j.at(key).get<T>();
        }
        catch (const nlohmann::json::exception&)
        {
            // a hand-edited value of the wrong type: keep the default
        }
}

} // namespace

Settings load_settings()
{
    Settings s;
    s.language = language_from_environment();
    std::ifstream in(settings_path());
    if (!in)
        return s;
    nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
    if (!j.is_object())
        return s;
    std::string lang;
    read(j, "language", lang);
    if (auto l = parse_language(lang))
        s.language = *l;
    read(j, "recent_projects", s.recent_projects);
    read(j, "recent_folders", s.recent_folders);
    read(j, "colour_legend", s.colour_legend);
    if (j.contains("solve") && j["solve"].is_object())
    {
        const nlohmann::json& v = j["solve"];
        read(v, "seed", s.solve.seed);
        read(v, "time_limit_s", s.solve.time_limit_s);
        read(v, "threads", s.solve.threads);
        s.solve.threads = std::clamp(s.solve.threads, 1, 2);
        s.solve.time_limit_s = std::clamp(s.solve.time_limit_s, 0.5, 86400.0);
        Weights& w = s.solve.weights;
        if (v.contains("weights") && v["weights"].is_object())
        {
            const nlohmann::json& k = v["weights"];
            read(k, "unassigned_per_m2", w.unassigned_per_m2);
            read(k, "pavilion_split_per_m2", w.pavilion_split_per_m2);
            read(k, "pavilion_spread", w.pavilion_spread);
            read(k, "sector_spread_per_m2", w.sector_spread_per_m2);
            read(k, "preference_unmet", w.preference_unmet);
            read(k, "priority_quality", w.priority_quality);
            read(k, "competitor_near", w.competitor_near);
            read(k, "competitor_facing", w.competitor_facing);
            read(k, "isolated_module", w.isolated_module);
            read(k, "moved", w.moved);
        }
    }
    return s;
}

std::string save_settings(const Settings& s)
{
    const Weights& w = s.solve.weights;
    nlohmann::json j = {{"language", to_string(s.language)},
                        {"recent_projects", s.recent_projects},
                        {"recent_folders", s.recent_folders},
                        {"colour_legend", s.colour_legend},
                        {"solve",
                         {{"seed", s.solve.seed},
                          {"time_limit_s", s.solve.time_limit_s},
                          {"threads", s.solve.threads},
                          {"weights",
                           {{"unassigned_per_m2", w.unassigned_per_m2},
                            {"pavilion_split_per_m2", w.pavilion_split_per_m2},
                            {"pavilion_spread", w.pavilion_spread},
                            {"sector_spread_per_m2", w.sector_spread_per_m2},
                            {"preference_unmet", w.preference_unmet},
                            {"priority_quality", w.priority_quality},
                            {"competitor_near", w.competitor_near},
                            {"competitor_facing", w.competitor_facing},
                            {"isolated_module", w.isolated_module},
                            {"moved", w.moved}}}}}};
    try
    {
        std::string path = settings_path();
        fs::create_directories(fs::path(path).parent_path());
        write_file_atomically(path, j.dump(2) + "\n");
    }
    catch (const std::exception& e)
    {
        return e.what();
    }
    return {};
}

namespace
{

void push_front_unique(std::vector<std::string>& list, const std::string& item, size_t max)
{
    list.erase(std::remove(list.begin(), list.end(), item), list.end());
    list.insert(list.begin(), item);
    if (list.size() > max)
        list.resize(max);
}

} // namespace

void remember_project(Settings& s, const std::string& path)
{
    std::error_code ec;
    fs::path abs = fs::absolute(path, ec);
    push_front_unique(s.recent_projects, ec ? path : abs.lexically_normal().string(), 10);
    remember_folder(s, (ec ? fs::path(path) : abs).parent_path().string());
}

void remember_folder(Settings& s, const std::string& folder)
{
    if (!folder.empty())
        push_front_unique(s.recent_folders, folder, 8);
}

} // namespace bp::win
