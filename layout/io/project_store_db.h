// SQLite plumbing of the project store (private to layout/io): connections opened with defensive
// settings, prepared statements, and the checks a project file passes before any of it is used.
// A project file may come from anyone (DESIGN §7): nothing of its own — trigger, view, virtual
// table, generated column — ever runs, and no value or table is larger than a plan can need.
#pragma once

#include "project_store.h"

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>

namespace bp::store
{

// 'BPLN': marks a SQLite file as a boothplan project so we never read or replace a stranger's database.
constexpr int kApplicationId = 0x42504c4e;
// Bounds on what a project file may hold. The largest real plan (canton-x3 with its grid: 180
// halls, ~100,000 booths) stays far below them; a file beyond them is refused before it is read.
constexpr int64_t kMaxProjectBytes = int64_t(1) << 30;
constexpr int kMaxValueBytes = 64 << 20; // one text or blob
constexpr int64_t kMaxRowsPerTable = 2'000'000;

// Connection to one file. Every connection is defensive: triggers and views never run (the file's
// own ones included), schema-defined functions must be innocuous, no extensions, no ATTACH, values
// bounded by kMaxValueBytes.
class Db
{
public:
    enum class Mode
    {
        Read,  // an existing project; read-write when the file is writable, so SQLite can roll back a hot journal
        Create // a new file that only we write (the temporary file of a save)
    };
    Db(const std::string& path, Mode mode);
    ~Db();
    Db(const Db&) = delete;
    Db& operator=(const Db&) = delete;

    sqlite3* handle() const { return handle_; }
    const std::string& path() const { return path_; }
    void exec(const std::string& sql);
    int pragma_int(const char* name);
    // The error of the last call as a sentence for the user ("the disk is full", ...).
    std::string error_text() const;
    [[noreturn]] void fail(const std::string& what) const;

private:
    sqlite3* handle_ = nullptr;
    std::string path_;
};

// A prepared statement with positional binding helpers.
class Stmt
{
public:
    Stmt(Db& db, const char* sql);
    ~Stmt();
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;

    Stmt& bind(int64_t v);
    Stmt& bind(int v) { return bind(static_cast<int64_t>(v)); }
    Stmt& bind(double v);
    Stmt& bind(const std::string& v);
    Stmt& bind_blob(const std::string& v);
    Stmt& bind_null();
    template <class T> Stmt& bind_opt(const std::optional<T>& v) { return v ? bind(*v) : bind_null(); }
    template <class Tag> Stmt& bind_id(Id<Tag> id) { return id.valid() ? bind(id.value) : bind_null(); }

    void run();
    bool row();
    int64_t i64(int c) const { return sqlite3_column_int64(st_, c); }
    double real(int c) const { return sqlite3_column_double(st_, c); }
    bool null(int c) const { return sqlite3_column_type(st_, c) == SQLITE_NULL; }
    std::string text(int c) const;
    std::string blob(int c) const;

private:
    Db& db_;
    sqlite3_stmt* st_ = nullptr;
    int next_ = 1;
};

// The tables of the current schema, in the order a save fills them.
extern const char* const kTables[9];
// CREATE TABLE statements of schema kProjectSchemaVersion.
extern const char* const kSchema;

// Checks the first bytes of PATH before SQLite sees it: a regular file of sane size, an SQLite
// database with boothplan's application id, in rollback-journal mode. Returns the schema version
// the header holds (PRAGMA user_version). Throws StoreError.
int check_file_header(const std::string& path);

// Returns VERSION when this build reads it (1..kProjectSchemaVersion). Throws StoreError.
int check_version(int version, const std::string& path);

// The file holds exactly the tables of schema VERSION, each with exactly its columns, and nothing
// else (no trigger, view, virtual table, index or table of its own) and no table beyond
// kMaxRowsPerTable rows. Throws StoreError naming what is wrong.
void check_schema(Db& db, int version);

// Before a save replaces PATH: the folder exists and is writable, PATH (when there) is a writable
// boothplan project of a version this build reads. Returns that version, nullopt when PATH is
// absent or empty. The write bits count even for root: a planner who made a file read-only means
// it. Throws StoreError; nothing is written then.
std::optional<int> check_save_target(const std::string& path);

// Puts the complete temporary file TMP in place of PATH: data synced, the old file's permissions
// kept (REPLACING), renamed (atomic), the folder synced so the new name survives a power cut.
// Throws StoreError saying the project file is unchanged.
void put_in_place(const std::string& tmp, const std::string& path, bool replacing);

} // namespace bp::store
