// The SQLite project file: schema, migrations, whole-project load and transactional save.
//
// Index:
//   [SECTION] SQLite helpers
//   [SECTION] Schema and migrations
//   [SECTION] Save
//   [SECTION] Load
#include "project_store.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <cstring>
#include <filesystem>
#include <memory>
#include <sstream>

namespace bp
{

// 'BPLN': marks a SQLite file as a boothplan project so we never write over a stranger's database.
constexpr int kApplicationId = 0x42504c4e;

// [SECTION] SQLite helpers ---------------------------------------------------------------------

namespace
{

struct Db
{
    sqlite3* handle = nullptr;
    std::string path;

    Db(const std::string& p, int flags) : path(p)
    {
        if (sqlite3_open_v2(p.c_str(), &handle, flags, nullptr) != SQLITE_OK)
        {
            std::string msg = handle ? sqlite3_errmsg(handle) : "out of memory";
            sqlite3_close(handle);
            throw StoreError(p + ": cannot open project: " + msg);
        }
        sqlite3_busy_timeout(handle, 5000);
    }
    ~Db() { sqlite3_close(handle); }
    Db(const Db&) = delete;
    Db& operator=(const Db&) = delete;

    [[noreturn]] void fail(const std::string& what) const
    {
        throw StoreError(path + ": " + what + ": " + sqlite3_errmsg(handle));
    }

    void exec(const char* sql)
    {
        char* err = nullptr;
        if (sqlite3_exec(handle, sql, nullptr, nullptr, &err) != SQLITE_OK)
        {
            std::string msg = err ? err : "unknown error";
            sqlite3_free(err);
            throw StoreError(path + ": " + msg);
        }
    }

    int pragma_int(const char* name)
    {
        std::string sql = std::string("PRAGMA ") + name;
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(handle, sql.c_str(), -1, &st, nullptr) != SQLITE_OK)
            fail("not a project file");
        int v = 0;
        if (sqlite3_step(st) == SQLITE_ROW)
            v = sqlite3_column_int(st, 0);
        else
        {
            sqlite3_finalize(st);
            fail("not a project file");
        }
        sqlite3_finalize(st);
        return v;
    }
};

// A prepared statement with positional binding helpers.
struct Stmt
{
    Db& db;
    sqlite3_stmt* st = nullptr;
    int next = 1;

    Stmt(Db& d, const char* sql) : db(d)
    {
        if (sqlite3_prepare_v2(db.handle, sql, -1, &st, nullptr) != SQLITE_OK)
            db.fail(std::string("cannot prepare `") + sql + "`");
    }
    ~Stmt() { sqlite3_finalize(st); }

    Stmt& bind(int64_t v) { return sqlite3_bind_int64(st, next++, v), *this; }
    Stmt& bind(int v) { return bind(static_cast<int64_t>(v)); }
    Stmt& bind(double v) { return sqlite3_bind_double(st, next++, v), *this; }
    Stmt& bind(const std::string& v)
    {
        sqlite3_bind_text(st, next++, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Stmt& bind_blob(const std::string& v)
    {
        sqlite3_bind_blob(st, next++, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Stmt& bind_null() { return sqlite3_bind_null(st, next++), *this; }
    template <class T> Stmt& bind_opt(const std::optional<T>& v) { return v ? bind(*v) : bind_null(); }
    template <class Tag> Stmt& bind_id(Id<Tag> id) { return id.valid() ? bind(id.value) : bind_null(); }

    void run()
    {
        if (sqlite3_step(st) != SQLITE_DONE)
            db.fail("cannot write");
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        next = 1;
    }
    bool row()
    {
        int rc = sqlite3_step(st);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            db.fail("cannot read");
        return false;
    }
    int64_t i64(int c) const { return sqlite3_column_int64(st, c); }
    int i32(int c) const { return sqlite3_column_int(st, c); }
    double real(int c) const { return sqlite3_column_double(st, c); }
    bool null(int c) const { return sqlite3_column_type(st, c) == SQLITE_NULL; }
    std::string text(int c) const
    {
        const unsigned char* p = sqlite3_column_text(st, c);
        return p ? std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(st, c)))
                 : std::string();
    }
    std::string blob(int c) const
    {
        const void* p = sqlite3_column_blob(st, c);
        return p ? std::string(static_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(st, c)))
                 : std::string();
    }
    template <class Tag> Id<Tag> id(int c) const { return null(c) ? Id<Tag>() : Id<Tag>(i32(c)); }
};

// Polygons as packed little-endian doubles (x0 y0 x1 y1 ...): compact and exact.
std::string pack(const Polygon& poly)
{
    std::string out(poly.size() * 2 * sizeof(double), '\0');
    std::memcpy(out.data(), poly.data(), out.size());
    static_assert(sizeof(Vec2) == 2 * sizeof(double));
    return out;
}

Polygon unpack(const std::string& bytes)
{
    Polygon poly(bytes.size() / sizeof(Vec2));
    std::memcpy(poly.data(), bytes.data(), poly.size() * sizeof(Vec2));
    return poly;
}

std::string join(const std::vector<std::string>& parts, char sep)
{
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i)
    {
        if (i)
            out += sep;
        out += parts[i];
    }
    return out;
}

std::vector<std::string> split(const std::string& s, char sep)
{
    std::vector<std::string> out;
    if (s.empty())
        return out;
    size_t start = 0;
    for (;;)
    {
        size_t end = s.find(sep, start);
        out.push_back(s.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos)
            return out;
        start = end + 1;
    }
}

nlohmann::json rules_json(const HallRules& r)
{
    nlohmann::json j = {{"module_m", r.module_m},         {"block_depth_m", r.block_depth_m},
                        {"max_row_m", r.max_row_m},       {"main_aisle_m", r.main_aisle_m},
                        {"aisle_m", r.aisle_m},           {"wall_gap_m", r.wall_gap_m},
                        {"exit_clearance_m", r.exit_clearance_m}};
    j["max_exit_distance_m"] = r.max_exit_distance_m ? nlohmann::json(*r.max_exit_distance_m) : nlohmann::json();
    return j;
}

HallRules rules_from_json(const nlohmann::json& j)
{
    HallRules r;
    r.module_m = j.value("module_m", r.module_m);
    r.block_depth_m = j.value("block_depth_m", r.block_depth_m);
    r.max_row_m = j.value("max_row_m", r.max_row_m);
    r.main_aisle_m = j.value("main_aisle_m", r.main_aisle_m);
    r.aisle_m = j.value("aisle_m", r.aisle_m);
    r.wall_gap_m = j.value("wall_gap_m", r.wall_gap_m);
    r.exit_clearance_m = j.value("exit_clearance_m", r.exit_clearance_m);
    if (j.contains("max_exit_distance_m"))
        r.max_exit_distance_m = j["max_exit_distance_m"].is_null()
                                    ? std::nullopt
                                    : std::optional<double>(j["max_exit_distance_m"].get<double>());
    return r;
}

nlohmann::json overrides_json(const HallRuleOverrides& o)
{
    nlohmann::json j = nlohmann::json::object();
    auto put = [&](const char* k, const std::optional<double>& v) {
        if (v)
            j[k] = *v;
    };
    put("module_m", o.module_m);
    put("block_depth_m", o.block_depth_m);
    put("max_row_m", o.max_row_m);
    put("main_aisle_m", o.main_aisle_m);
    put("aisle_m", o.aisle_m);
    put("wall_gap_m", o.wall_gap_m);
    put("exit_clearance_m", o.exit_clearance_m);
    if (o.max_exit_distance_m)
        j["max_exit_distance_m"] = *o.max_exit_distance_m ? nlohmann::json(**o.max_exit_distance_m) : nlohmann::json();
    return j;
}

HallRuleOverrides overrides_from_json(const nlohmann::json& j)
{
    HallRuleOverrides o;
    auto get = [&](const char* k, std::optional<double>& v) {
        if (j.contains(k))
            v = j[k].get<double>();
    };
    get("module_m", o.module_m);
    get("block_depth_m", o.block_depth_m);
    get("max_row_m", o.max_row_m);
    get("main_aisle_m", o.main_aisle_m);
    get("aisle_m", o.aisle_m);
    get("wall_gap_m", o.wall_gap_m);
    get("exit_clearance_m", o.exit_clearance_m);
    if (j.contains("max_exit_distance_m"))
        o.max_exit_distance_m = j["max_exit_distance_m"].is_null()
                                    ? std::optional<double>()
                                    : std::optional<double>(j["max_exit_distance_m"].get<double>());
    return o;
}

} // namespace

// [SECTION] Schema and migrations --------------------------------------------------------------

static const char* kSchema = R"SQL(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS halls(id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
  level INTEGER NOT NULL, height_m REAL NOT NULL, outline BLOB NOT NULL, rules TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS hall_shapes(hall INTEGER NOT NULL REFERENCES halls(id), seq INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK(kind IN ('column','blocked')), polygon BLOB NOT NULL, PRIMARY KEY(hall, kind, seq));
CREATE TABLE IF NOT EXISTS doors(hall INTEGER NOT NULL REFERENCES halls(id), seq INTEGER NOT NULL,
  kind TEXT NOT NULL, x0 REAL NOT NULL, y0 REAL NOT NULL, x1 REAL NOT NULL, y1 REAL NOT NULL, PRIMARY KEY(hall, seq));
CREATE TABLE IF NOT EXISTS sectors(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, colour INTEGER NOT NULL,
  zone_hall INTEGER, zone BLOB);
CREATE TABLE IF NOT EXISTS pavilions(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, country TEXT NOT NULL,
  region TEXT NOT NULL, colour INTEGER NOT NULL, shared_space_share REAL NOT NULL, placed_hall INTEGER, placed BLOB);
CREATE TABLE IF NOT EXISTS exhibitors(id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
  name_local TEXT NOT NULL, country TEXT NOT NULL, region TEXT NOT NULL, sector INTEGER REFERENCES sectors(id),
  area_m2 REAL NOT NULL, booth_kind TEXT NOT NULL, pavilion INTEGER REFERENCES pavilions(id), prefer TEXT NOT NULL,
  competitors TEXT NOT NULL, priority INTEGER NOT NULL, locked_booth TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS blocks(id INTEGER PRIMARY KEY, hall INTEGER NOT NULL REFERENCES halls(id),
  ox REAL NOT NULL, oy REAL NOT NULL, ax REAL NOT NULL, ay REAL NOT NULL, module_m REAL NOT NULL,
  row_depth_m REAL NOT NULL, rows INTEGER NOT NULL, modules INTEGER NOT NULL, cells BLOB NOT NULL,
  numbers TEXT NOT NULL, open_sides INTEGER NOT NULL, main_aisle_sides INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS booths(id INTEGER PRIMARY KEY, number TEXT NOT NULL, hall INTEGER NOT NULL,
  block INTEGER NOT NULL REFERENCES blocks(id), row INTEGER NOT NULL, rows INTEGER NOT NULL, col INTEGER NOT NULL,
  cols INTEGER NOT NULL, status TEXT NOT NULL, exhibitor INTEGER REFERENCES exhibitors(id));
)SQL";

// Version history:
//   1  first release: booths had no status (a booth with an exhibitor was sold, else available).
//   2  booths.status (available|held|reserved|sold|blocked).
static void migrate(Db& db, int from)
{
    if (from < 2)
    {
        db.exec("ALTER TABLE booths ADD COLUMN status TEXT NOT NULL DEFAULT 'available';"
                "UPDATE booths SET status = CASE WHEN exhibitor IS NULL THEN 'available' ELSE 'sold' END;");
    }
}

static void open_and_upgrade(Db& db)
{
    int app = db.pragma_int("application_id");
    int version = db.pragma_int("user_version");
    if (app != kApplicationId)
        throw StoreError(db.path + ": not a boothplan project (SQLite application_id " + std::to_string(app) + ")");
    if (version > kProjectSchemaVersion)
        throw StoreError(db.path + ": project schema version " + std::to_string(version) +
                         " is newer than this boothplan understands (" + std::to_string(kProjectSchemaVersion) +
                         "); open it with a newer boothplan");
    if (version == kProjectSchemaVersion)
        return;
    // Keep a copy of the older file before touching it.
    std::string backup = db.path + ".v" + std::to_string(version) + ".bak";
    std::error_code ec;
    std::filesystem::copy_file(db.path, backup, std::filesystem::copy_options::overwrite_existing, ec);
    if (ec)
        throw StoreError(db.path + ": cannot make backup " + backup + " before migrating: " + ec.message());
    db.exec("BEGIN IMMEDIATE");
    try
    {
        migrate(db, version);
        db.exec(("PRAGMA user_version = " + std::to_string(kProjectSchemaVersion)).c_str());
        db.exec("COMMIT");
    }
    catch (...)
    {
        sqlite3_exec(db.handle, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

// [SECTION] Save -------------------------------------------------------------------------------

static void write_all(Db& db, const Project& p)
{
    for (const char* table :
         {"booths", "blocks", "exhibitors", "pavilions", "sectors", "doors", "hall_shapes", "halls", "meta"})
        db.exec((std::string("DELETE FROM ") + table).c_str());

    Stmt meta(db, "INSERT INTO meta(key, value) VALUES(?, ?)");
    meta.bind(std::string("venue_name")).bind(p.venue.name).run();
    meta.bind(std::string("venue_rules")).bind(rules_json(p.venue.rules).dump()).run();

    Stmt hall(db, "INSERT INTO halls VALUES(?,?,?,?,?,?,?)");
    Stmt shape(db, "INSERT INTO hall_shapes VALUES(?,?,?,?)");
    Stmt door(db, "INSERT INTO doors VALUES(?,?,?,?,?,?,?)");
    for (size_t i = 0; i < p.venue.halls.size(); ++i)
    {
        const Hall& h = p.venue.halls[i];
        int id = static_cast<int>(i);
        hall.bind(id).bind(h.code).bind(h.name).bind(h.level).bind(h.height_m).bind_blob(pack(h.outline));
        hall.bind(overrides_json(h.rules).dump()).run();
        for (size_t k = 0; k < h.columns.size(); ++k)
            shape.bind(id).bind(static_cast<int>(k)).bind(std::string("column")).bind_blob(pack(h.columns[k])).run();
        for (size_t k = 0; k < h.blocked.size(); ++k)
            shape.bind(id).bind(static_cast<int>(k)).bind(std::string("blocked")).bind_blob(pack(h.blocked[k])).run();
        for (size_t k = 0; k < h.doors.size(); ++k)
        {
            const Door& d = h.doors[k];
            door.bind(id).bind(static_cast<int>(k)).bind(std::string(to_string(d.kind)));
            door.bind(d.span.a.x).bind(d.span.a.y).bind(d.span.b.x).bind(d.span.b.y).run();
        }
    }

    Stmt sector(db, "INSERT INTO sectors VALUES(?,?,?,?,?)");
    for (size_t i = 0; i < p.sectors.size(); ++i)
    {
        const Sector& s = p.sectors[i];
        sector.bind(static_cast<int>(i)).bind(s.name).bind(static_cast<int64_t>(s.colour));
        if (s.zone)
            sector.bind_id(s.zone->hall).bind_blob(pack(s.zone->polygon)).run();
        else
            sector.bind_null().bind_null().run();
    }

    Stmt pav(db, "INSERT INTO pavilions VALUES(?,?,?,?,?,?,?,?)");
    for (size_t i = 0; i < p.pavilions.size(); ++i)
    {
        const Pavilion& v = p.pavilions[i];
        pav.bind(static_cast<int>(i)).bind(v.name).bind(v.country).bind(v.region).bind(static_cast<int64_t>(v.colour));
        pav.bind(v.shared_space_share);
        if (v.placed)
            pav.bind_id(v.placed->hall).bind_blob(pack(v.placed->polygon)).run();
        else
            pav.bind_null().bind_null().run();
    }

    Stmt ex(db, "INSERT INTO exhibitors VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    for (size_t i = 0; i < p.exhibitors.size(); ++i)
    {
        const Exhibitor& e = p.exhibitors[i];
        std::vector<std::string> prefer, competitors;
        for (const Preference& pr : e.prefer)
            prefer.push_back(to_string(pr));
        for (ExhibitorId c : e.competitors)
            competitors.push_back(std::to_string(c.value));
        ex.bind(static_cast<int>(i)).bind(e.code).bind(e.name).bind(e.name_local).bind(e.country).bind(e.region);
        ex.bind_id(e.sector).bind(e.area_m2).bind(std::string(to_string(e.booth_kind))).bind_id(e.pavilion);
        ex.bind(join(prefer, ';')).bind(join(competitors, ' ')).bind(e.priority).bind(e.locked_booth).run();
    }

    Stmt block(db, "INSERT INTO blocks VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    for (size_t i = 0; i < p.blocks.size(); ++i)
    {
        const Block& b = p.blocks[i];
        std::string cells(b.cells.size(), '\0');
        for (size_t k = 0; k < b.cells.size(); ++k)
            cells[k] = static_cast<char>(b.cells[k]);
        int open = 0, main = 0;
        for (int s = 0; s < 4; ++s)
        {
            open |= b.open_side[s] ? 1 << s : 0;
            main |= b.main_aisle_side[s] ? 1 << s : 0;
        }
        block.bind(static_cast<int>(i)).bind_id(b.hall).bind(b.origin.x).bind(b.origin.y).bind(b.along.x);
        block.bind(b.along.y).bind(b.module_m).bind(b.row_depth_m).bind(b.rows).bind(b.modules).bind_blob(cells);
        block.bind(join(b.numbers, '\n')).bind(open).bind(main).run();
    }

    Stmt booth(db, "INSERT INTO booths(id, number, hall, block, row, rows, col, cols, status, exhibitor) "
                   "VALUES(?,?,?,?,?,?,?,?,?,?)");
    for (size_t i = 0; i < p.booths.size(); ++i)
    {
        const Booth& b = p.booths[i];
        booth.bind(static_cast<int>(i)).bind(b.number).bind_id(b.hall).bind_id(b.cells.block);
        booth.bind(b.cells.row).bind(b.cells.rows).bind(b.cells.col).bind(b.cells.cols);
        booth.bind(std::string(to_string(b.status))).bind_id(b.exhibitor).run();
    }
}

void save_project(const Project& project, const std::string& path)
{
    bool existed = std::filesystem::exists(path);
    Db db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (existed && std::filesystem::file_size(path) > 0)
        open_and_upgrade(db);
    db.exec("PRAGMA foreign_keys = OFF"); // rows are rewritten wholesale inside the transaction
    db.exec("BEGIN IMMEDIATE");
    try
    {
        db.exec(("PRAGMA application_id = " + std::to_string(kApplicationId)).c_str());
        db.exec(("PRAGMA user_version = " + std::to_string(kProjectSchemaVersion)).c_str());
        db.exec(kSchema);
        write_all(db, project);
        db.exec("COMMIT");
    }
    catch (...)
    {
        sqlite3_exec(db.handle, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

// [SECTION] Load -------------------------------------------------------------------------------

Project load_project(const std::string& path)
{
    if (!std::filesystem::exists(path))
        throw StoreError(path + ": no such project file");
    // Read-write so that SQLite can roll back a save that was interrupted by a crash.
    Db db(path, SQLITE_OPEN_READWRITE);
    open_and_upgrade(db);

    Project p;
    db.exec("BEGIN");
    {
        Stmt meta(db, "SELECT key, value FROM meta");
        while (meta.row())
        {
            if (meta.text(0) == "venue_name")
                p.venue.name = meta.text(1);
            else if (meta.text(0) == "venue_rules")
                p.venue.rules = rules_from_json(nlohmann::json::parse(meta.text(1)));
        }
    }
    {
        Stmt hall(db, "SELECT code, name, level, height_m, outline, rules FROM halls ORDER BY id");
        while (hall.row())
        {
            Hall h;
            h.code = hall.text(0);
            h.name = hall.text(1);
            h.level = hall.i32(2);
            h.height_m = hall.real(3);
            h.outline = unpack(hall.blob(4));
            h.rules = overrides_from_json(nlohmann::json::parse(hall.text(5)));
            p.venue.halls.push_back(std::move(h));
        }
        Stmt shape(db, "SELECT hall, kind, polygon FROM hall_shapes ORDER BY hall, kind, seq");
        while (shape.row())
        {
            Hall& h = p.venue.halls.at(static_cast<size_t>(shape.i32(0)));
            (shape.text(1) == "column" ? h.columns : h.blocked).push_back(unpack(shape.blob(2)));
        }
        Stmt door(db, "SELECT hall, kind, x0, y0, x1, y1 FROM doors ORDER BY hall, seq");
        while (door.row())
        {
            Door d;
            d.kind = parse_door_kind(door.text(1)).value_or(DoorKind::Exit);
            d.span = {{door.real(2), door.real(3)}, {door.real(4), door.real(5)}};
            p.venue.halls.at(static_cast<size_t>(door.i32(0))).doors.push_back(d);
        }
    }
    {
        Stmt sector(db, "SELECT name, colour, zone_hall, zone FROM sectors ORDER BY id");
        while (sector.row())
        {
            Sector s;
            s.name = sector.text(0);
            s.colour = static_cast<uint32_t>(sector.i64(1));
            if (!sector.null(2))
                s.zone = Region{sector.id<HallTag>(2), unpack(sector.blob(3))};
            p.sectors.push_back(std::move(s));
        }
        Stmt pav(db, "SELECT name, country, region, colour, shared_space_share, placed_hall, placed FROM pavilions "
                     "ORDER BY id");
        while (pav.row())
        {
            Pavilion v;
            v.name = pav.text(0);
            v.country = pav.text(1);
            v.region = pav.text(2);
            v.colour = static_cast<uint32_t>(pav.i64(3));
            v.shared_space_share = pav.real(4);
            if (!pav.null(5))
                v.placed = Region{pav.id<HallTag>(5), unpack(pav.blob(6))};
            p.pavilions.push_back(std::move(v));
        }
    }
    {
        Stmt ex(db, "SELECT code, name, name_local, country, region, sector, area_m2, booth_kind, pavilion, prefer, "
                    "competitors, priority, locked_booth FROM exhibitors ORDER BY id");
        while (ex.row())
        {
            Exhibitor e;
            e.code = ex.text(0);
            e.name = ex.text(1);
            e.name_local = ex.text(2);
            e.country = ex.text(3);
            e.region = ex.text(4);
            e.sector = ex.id<SectorTag>(5);
            e.area_m2 = ex.real(6);
            e.booth_kind = parse_booth_kind(ex.text(7)).value_or(BoothKind::Shell);
            e.pavilion = ex.id<PavilionTag>(8);
            for (const std::string& s : split(ex.text(9), ';'))
                if (auto pr = parse_preference(s))
                    e.prefer.push_back(*pr);
            for (const std::string& s : split(ex.text(10), ' '))
                e.competitors.emplace_back(std::stoi(s));
            e.priority = ex.i32(11);
            e.locked_booth = ex.text(12);
            p.exhibitors.push_back(std::move(e));
        }
    }
    {
        Stmt block(db, "SELECT hall, ox, oy, ax, ay, module_m, row_depth_m, rows, modules, cells, numbers, open_sides, "
                       "main_aisle_sides FROM blocks ORDER BY id");
        while (block.row())
        {
            Block b;
            b.hall = block.id<HallTag>(0);
            b.origin = {block.real(1), block.real(2)};
            b.along = {block.real(3), block.real(4)};
            b.across = {-b.along.y, b.along.x};
            b.module_m = block.real(5);
            b.row_depth_m = block.real(6);
            b.rows = block.i32(7);
            b.modules = block.i32(8);
            std::string cells = block.blob(9);
            b.cells.resize(cells.size());
            for (size_t k = 0; k < cells.size(); ++k)
                b.cells[k] = static_cast<CellUse>(cells[k]);
            b.numbers = split(block.text(10), '\n');
            b.numbers.resize(b.cells.size());
            int open = block.i32(11), main = block.i32(12);
            for (int s = 0; s < 4; ++s)
            {
                b.open_side[s] = (open >> s) & 1;
                b.main_aisle_side[s] = (main >> s) & 1;
            }
            p.blocks.push_back(std::move(b));
        }
        Stmt booth(db, "SELECT number, hall, block, row, rows, col, cols, status, exhibitor FROM booths ORDER BY id");
        while (booth.row())
        {
            Booth b;
            b.number = booth.text(0);
            b.hall = booth.id<HallTag>(1);
            b.cells = {booth.id<BlockTag>(2), booth.i32(3), booth.i32(4), booth.i32(5), booth.i32(6)};
            b.status = parse_booth_status(booth.text(7)).value_or(BoothStatus::Available);
            b.exhibitor = booth.id<ExhibitorTag>(8);
            p.booths.push_back(std::move(b));
        }
    }
    db.exec("COMMIT");
    return p;
}

} // namespace bp
