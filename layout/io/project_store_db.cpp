// Defensive SQLite connections, statements, and the checks of a project file's header, version
// and schema (see project_store_db.h).
#include "project_store_db.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include <array>
#include <map>
#include <vector>

namespace bp::store
{

const char* const kTables[9] = {"meta",      "halls",      "hall_shapes", "doors", "sectors",
                                "pavilions", "exhibitors", "blocks",      "booths"};

const char* const kSchema = R"SQL(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE halls(id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
  level INTEGER NOT NULL, height_m REAL NOT NULL, outline BLOB NOT NULL, rules TEXT NOT NULL);
CREATE TABLE hall_shapes(hall INTEGER NOT NULL REFERENCES halls(id), seq INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK(kind IN ('column','blocked')), polygon BLOB NOT NULL, PRIMARY KEY(hall, kind, seq));
CREATE TABLE doors(hall INTEGER NOT NULL REFERENCES halls(id), seq INTEGER NOT NULL,
  kind TEXT NOT NULL, x0 REAL NOT NULL, y0 REAL NOT NULL, x1 REAL NOT NULL, y1 REAL NOT NULL, PRIMARY KEY(hall, seq));
CREATE TABLE sectors(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, colour INTEGER NOT NULL,
  zone_hall INTEGER, zone BLOB);
CREATE TABLE pavilions(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, country TEXT NOT NULL,
  region TEXT NOT NULL, colour INTEGER NOT NULL, shared_space_share REAL NOT NULL, placed_hall INTEGER, placed BLOB);
CREATE TABLE exhibitors(id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
  name_local TEXT NOT NULL, country TEXT NOT NULL, region TEXT NOT NULL, sector INTEGER REFERENCES sectors(id),
  area_m2 REAL NOT NULL, booth_kind TEXT NOT NULL, pavilion INTEGER REFERENCES pavilions(id), prefer TEXT NOT NULL,
  competitors TEXT NOT NULL, priority INTEGER NOT NULL, locked_booth TEXT NOT NULL);
CREATE TABLE blocks(id INTEGER PRIMARY KEY, hall INTEGER NOT NULL REFERENCES halls(id),
  ox REAL NOT NULL, oy REAL NOT NULL, ax REAL NOT NULL, ay REAL NOT NULL, module_m REAL NOT NULL,
  row_depth_m REAL NOT NULL, rows INTEGER NOT NULL, modules INTEGER NOT NULL, cells BLOB NOT NULL,
  numbers TEXT NOT NULL, open_sides INTEGER NOT NULL, main_aisle_sides INTEGER NOT NULL);
CREATE TABLE booths(id INTEGER PRIMARY KEY, number TEXT NOT NULL, hall INTEGER NOT NULL,
  block INTEGER NOT NULL REFERENCES blocks(id), row INTEGER NOT NULL, rows INTEGER NOT NULL, col INTEGER NOT NULL,
  cols INTEGER NOT NULL, status TEXT NOT NULL, exhibitor INTEGER REFERENCES exhibitors(id));
)SQL";

// [SECTION] Connections and statements ---------------------------------------------------------

static void harden(sqlite3* db)
{
    // Nothing stored in the file runs: no triggers, no views, only innocuous functions from the
    // schema, no writes to the schema tables, no extensions. Limits keep a hostile file's values and
    // statements from taking the memory of the machine.
    sqlite3_extended_result_codes(db, 1);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, kMaxValueBytes);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_exec(db, "PRAGMA cell_size_check = ON", nullptr, nullptr, nullptr);
}

// Whether we may write PATH. The write bits count even for root: a planner who made a file or a
// folder read-only means it.
static bool writable_by_intent(const std::string& path)
{
    struct stat st;
    return ::access(path.c_str(), W_OK) == 0 && ::stat(path.c_str(), &st) == 0 && (st.st_mode & 0222) != 0;
}

Db::Db(const std::string& path, Mode mode) : path_(path)
{
    int flags = mode == Mode::Create       ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
                : writable_by_intent(path) ? SQLITE_OPEN_READWRITE
                                           : SQLITE_OPEN_READONLY;
    if (sqlite3_open_v2(path.c_str(), &handle_, flags | SQLITE_OPEN_PRIVATECACHE, nullptr) != SQLITE_OK)
    {
        std::string msg = handle_ ? error_text() : "out of memory";
        sqlite3_close(handle_);
        throw StoreError(path + ": cannot open project: " + msg);
    }
    harden(handle_);
    sqlite3_busy_timeout(handle_, 5000);
}

Db::~Db()
{
    sqlite3_close(handle_);
}

std::string Db::error_text() const
{
    int code = sqlite3_extended_errcode(handle_);
    // The errno of the file's last failed call: SQLite's own sqlite3_system_errno() is the errno
    // at the time it noticed, often overwritten by then.
    int err = 0;
    if (sqlite3_file_control(handle_, "main", SQLITE_FCNTL_LAST_ERRNO, &err) != SQLITE_OK || err == 0)
        err = sqlite3_system_errno(handle_);
    if (code == SQLITE_FULL || err == ENOSPC)
        return "the disk is full";
    if (err == EFBIG)
        return "the disk is full for this file (file size limit reached)";
    if (err == EDQUOT)
        return "the disk is full for this user (quota exceeded)";
    if (err == EROFS)
        return "the file system is read-only";
    if (err == EACCES || err == EPERM || code == SQLITE_READONLY)
        return "permission denied";
    if (code == SQLITE_TOOBIG)
        return "a value larger than " + std::to_string(kMaxValueBytes >> 20) + " MiB (not written by boothplan)";
    if ((code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB)
        return "the file is damaged (" + std::string(sqlite3_errmsg(handle_)) + ")";
    return sqlite3_errmsg(handle_);
}

void Db::fail(const std::string& what) const
{
    throw StoreError(path_ + ": " + what + ": " + error_text());
}

void Db::exec(const std::string& sql)
{
    if (sqlite3_exec(handle_, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
        fail("cannot run `" + sql.substr(0, 40) + "`");
}

int Db::pragma_int(const char* name)
{
    Stmt st(*this, (std::string("PRAGMA ") + name).c_str());
    if (!st.row())
        fail("not a project file");
    return static_cast<int>(st.i64(0));
}

Stmt::Stmt(Db& db, const char* sql) : db_(db)
{
    if (sqlite3_prepare_v2(db.handle(), sql, -1, &st_, nullptr) != SQLITE_OK)
        db.fail(std::string("cannot read the project (`") + std::string(sql).substr(0, 60) + "`)");
}

Stmt::~Stmt()
{
    sqlite3_finalize(st_);
}

Stmt& Stmt::bind(int64_t v)
{
    return sqlite3_bind_int64(st_, next_++, v), *this;
}
Stmt& Stmt::bind(double v)
{
    return sqlite3_bind_double(st_, next_++, v), *this;
}
Stmt& Stmt::bind_null()
{
    return sqlite3_bind_null(st_, next_++), *this;
}

Stmt& Stmt::bind(const std::string& v)
{
    sqlite3_bind_text(st_, next_++, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
}

Stmt& Stmt::bind_blob(const std::string& v)
{
    sqlite3_bind_blob(st_, next_++, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
}

void Stmt::run()
{
    if (sqlite3_step(st_) != SQLITE_DONE)
        db_.fail("cannot write");
    sqlite3_reset(st_);
    sqlite3_clear_bindings(st_);
    next_ = 1;
}

bool Stmt::row()
{
    int rc = sqlite3_step(st_);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        db_.fail("cannot read");
    return false;
}

std::string Stmt::text(int c) const
{
    const unsigned char* p = sqlite3_column_text(st_, c);
    return p ? std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(st_, c)))
             : std::string();
}

std::string Stmt::blob(int c) const
{
    const void* p = sqlite3_column_blob(st_, c);
    return p ? std::string(static_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(st_, c)))
             : std::string();
}

// [SECTION] Checks before use ------------------------------------------------------------------

int check_file_header(const std::string& path)
{
    struct stat st;
    if (::stat(path.c_str(), &st) != 0)
        throw StoreError(path + (errno == ENOENT ? ": no such project file"
                                                 : ": cannot open: " + std::string(std::strerror(errno))));
    if (S_ISDIR(st.st_mode))
        throw StoreError(path + ": is a folder, not a project file");
    if (!S_ISREG(st.st_mode))
        throw StoreError(path + ": not a regular file");
    if (st.st_size > kMaxProjectBytes)
        throw StoreError(path + ": " + std::to_string(st.st_size >> 20) +
                         " MiB is larger than any boothplan project (" + std::to_string(kMaxProjectBytes >> 20) +
                         " MiB at most): refused");
    std::array<unsigned char, 100> head{};
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw StoreError(path + ": cannot open: " + std::strerror(errno));
    ssize_t n = ::read(fd, head.data(), head.size());
    ::close(fd);
    if (n != static_cast<ssize_t>(head.size()) || std::memcmp(head.data(), "SQLite format 3", 16) != 0)
        throw StoreError(path + ": not a boothplan project (not an SQLite database)");
    uint32_t app = uint32_t(head[68]) << 24 | uint32_t(head[69]) << 16 | uint32_t(head[70]) << 8 | head[71];
    if (app != static_cast<uint32_t>(kApplicationId))
        throw StoreError(path + ": not a boothplan project (SQLite application_id " + std::to_string(app) + ")");
    // Bytes 18 and 19: file format versions, 2 in write-ahead-log mode, which boothplan never writes.
    if (head[18] != 1 || head[19] != 1)
        throw StoreError(path + ": not written by boothplan (SQLite write-ahead log mode); run "
                                "`sqlite3 FILE 'PRAGMA journal_mode=DELETE'` if you trust it");
    return static_cast<int>(uint32_t(head[60]) << 24 | uint32_t(head[61]) << 16 | uint32_t(head[62]) << 8 | head[63]);
}

int check_version(int version, const std::string& path)
{
    if (version > kProjectSchemaVersion)
        throw StoreError(path + ": project schema version " + std::to_string(version) +
                         " is newer than this boothplan understands (" + std::to_string(kProjectSchemaVersion) +
                         "); open it with a newer boothplan");
    if (version < 1)
        throw StoreError(path + ": not a boothplan project (schema version " + std::to_string(version) + ")");
    return version;
}

namespace
{

// What the schema check compares of each column: name, declared type, NOT NULL, primary-key rank
// and hidden (generated columns and virtual tables' hidden columns are not ours).
using Columns = std::vector<std::array<std::string, 5>>;

Columns columns_of(Db& db, const std::string& table)
{
    Stmt st(db, "SELECT name, type, \"notnull\", pk, hidden FROM pragma_table_xinfo(?)");
    st.bind(table);
    Columns out;
    while (st.row())
        out.push_back({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4)});
    return out;
}

// The columns of every table of each schema version, read once from a fresh in-memory database.
const std::map<std::string, Columns>& expected_columns(int version)
{
    static const auto versions = []
    {
        Db mem(":memory:", Db::Mode::Create);
        mem.exec(kSchema);
        std::map<int, std::map<std::string, Columns>> v;
        for (const char* t : kTables)
            v[kProjectSchemaVersion][t] = columns_of(mem, t);
        // Version 1 had booths without a status.
        v[1] = v[2];
        v[1]["booths"].erase(v[1]["booths"].begin() + 8);
        return v;
    }();
    return versions.at(version);
}

} // namespace

void check_schema(Db& db, int version)
{
    const std::map<std::string, Columns>& want = expected_columns(version);
    const std::string refused = " boothplan never writes: refused, since it could run or change data when the "
                                "project is used (the file may have been altered)";
    std::map<std::string, bool> seen;
    std::vector<std::string> strangers; // every object boothplan does not create, named in one message
    {
        Stmt st(db, "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema ORDER BY type DESC, name");
        while (st.row())
        {
            std::string type = st.text(0), name = st.text(1), table = st.text(2), sql = st.text(3);
            if (type == "index" && name.rfind("sqlite_autoindex_", 0) == 0 && want.count(table))
                continue; // the indexes of our own UNIQUE and PRIMARY KEY constraints
            if (type == "table" && sql.rfind("CREATE VIRTUAL TABLE", 0) == 0)
                type = "virtual table";
            if (type != "table" || !want.count(name))
                strangers.push_back(type + " `" + name + "`" + (table != name ? " on `" + table + "`" : ""));
            else
                seen[name] = true;
        }
    }
    if (!strangers.empty())
    {
        std::string list;
        for (const std::string& s : strangers)
            list += (list.empty() ? "" : ", ") + s;
        throw StoreError(db.path() + ": contains " + list + ", which" + refused);
    }
    for (const auto& [table, columns] : want)
    {
        if (!seen.count(table))
            throw StoreError(db.path() + ": table `" + table + "` is missing: not a complete boothplan project");
        if (columns_of(db, table) != columns)
            throw StoreError(db.path() + ": table `" + table + "` does not have the columns of schema version " +
                             std::to_string(version) + " (the file may have been altered)");
        Stmt count(db, ("SELECT count(*) FROM \"" + table + "\"").c_str());
        if (count.row() && count.i64(0) > kMaxRowsPerTable)
            throw StoreError(db.path() + ": table `" + table + "` has " + std::to_string(count.i64(0)) +
                             " rows, more than any plan needs (" + std::to_string(kMaxRowsPerTable) + "): refused");
    }
}

// [SECTION] Replacing a project file -----------------------------------------------------------

std::optional<int> check_save_target(const std::string& path)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path folder = fs::absolute(fs::path(path), ec).parent_path();
    if (!fs::is_directory(folder, ec))
        throw StoreError(path + ": cannot save: the folder " + folder.string() + " does not exist");
    if (!writable_by_intent(folder.string()))
        throw StoreError(path + ": cannot save: the folder " + folder.string() +
                         " is read-only; nothing was written (save into another folder)");
    auto status = fs::status(path, ec);
    if (!fs::exists(status))
        return std::nullopt;
    if (!fs::is_regular_file(status))
        throw StoreError(path + ": cannot save: not a regular file");
    if (!writable_by_intent(path))
        throw StoreError(path + ": cannot save: the project file is read-only; it is unchanged "
                                "(make it writable or save under another name)");
    if (fs::file_size(path, ec) == 0)
        return std::nullopt;
    // Never replace a file that is not a boothplan project, nor one from a newer boothplan.
    return check_version(check_file_header(path), path);
}

void put_in_place(const std::string& tmp, const std::string& path, bool replacing)
{
    auto fail = [&](const std::string& what, int err)
    {
        std::string why = err == ENOSPC || err == EDQUOT || err == EFBIG ? "the disk is full" : std::strerror(err);
        throw StoreError(path + ": cannot save (" + what + "): " + why + "; the project file is unchanged");
    };
    int fd = ::open(tmp.c_str(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        fail("reopen", errno);
    struct stat old;
    if (replacing && ::stat(path.c_str(), &old) == 0)
        (void)::fchmod(fd, old.st_mode & 07777);
    if (::fsync(fd) != 0)
    {
        int err = errno;
        ::close(fd);
        fail("sync", err);
    }
    ::close(fd);
    if (std::rename(tmp.c_str(), path.c_str()) != 0)
        fail("rename", errno);
    std::string folder = std::filesystem::absolute(path).parent_path().string();
    int dfd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0)
    {
        (void)::fsync(dfd);
        ::close(dfd);
    }
}

} // namespace bp::store
