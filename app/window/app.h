// The planner window: the open document, the views on it, the solver job, the dialogs, and the
// actions menus, shortcuts and panels call. Panels (panels/, one file each) draw from it; the frame
// loop (app.cpp) draws on demand. Actions that change the project go through Document::apply.
#pragma once

#include "dialogs/dialogs.h"
#include "dialogs/file_dialog.h"
#include "document.h"
#include "fonts.h"
#include "interim_plan.h"
#include "platform.h"
#include "recovery.h"
#include "report.h"
#include "search.h"
#include "settings.h"
#include "solver_job.h"
#include "subjects.h"
#include "text.h"
#include "tools/hall_drawing_tool.h"
#include "tools/measure_tool.h"
#include "tools/region_edits.h"
#include "tools/reseat_moves.h"
#include "tools/tool.h"
#include "ui_probe.h"
#include "viewport.h"

#include "layout/samples/samples.h"
#include "render/export.h"

#include <algorithm>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <string>

namespace bp::win
{

// What File ▸ Export writes: the booth maps and exports of render/ and layout/io, the
// exhibitor-to-booth list and the interchange JSON.
enum class WindowExport : uint8_t
{
    Pdf,
    Svg,
    Png,
    Csv,
    Xlsx,
    GeoJson,
    Dxf,
    Gltf,
    Json
};
const char* export_extension(WindowExport format);
const char* export_name(WindowExport format);

struct AppOptions
{
    std::string project; // open this at start (empty: the start page)
    double autosave_interval_s = 30;
    bool native_dialogs = true; // zenity when installed
    std::string probe_path;     // tests: where the UI probe is written each frame
    std::optional<Language> language;
};

// Derived from the project; rebuilt or patched after every change.
struct Derived
{
    std::vector<BoothId> booth_of_exhibitor;
    std::vector<std::vector<BoothId>> booths_of_block; // indexed by BlockId
    std::vector<HallFillRow> hall_fill;
    std::vector<PavilionRow> pavilions;
    CheckReport checks;
    uint64_t revision = ~uint64_t(0);
};

// A file operation running on a background thread (an export), with what to say when it ends.
struct BackgroundTask
{
    std::string what;                // "Exporting cismef.pdf"
    std::string done;                // "Exported /tmp/cismef.pdf"
    std::future<std::string> result; // empty string: done; otherwise the error message
};

class App
{
public:
    App(Platform& platform, AppOptions options);
    ~App();
    // Runs the frame loop until the window closes; returns the exit status.
    int run();
    // One turn of the loop: waits for events (at most max_wait_s; negative: as long as nothing needs
    // drawing), then draws when something changed. False once the window is to close.
    bool step(double max_wait_s);
    // One frame (the benchmark drives frames itself).
    void frame();

    // [SECTION] Actions -----------------------------------------------------------------------
    void open_project(const std::string& path);
    void new_from_venue(const std::string& path); // a DXF opens the import dialog first
    void new_from_venue(Venue venue, const std::string& name);
    void new_sample(SamplePreset preset);
    void generate_booth_grid();
    void save(); // Save As for a project without a file
    void save_as(const std::string& path);
    // Runs `then` once unsaved changes are saved or discarded (asks first when there are any).
    void when_closed(std::function<void()> then);
    void close_project();
    void quit();
    void undo();
    void redo();
    void apply(Edit edit);
    // The selected pavilion's placed region nudged by modules, turned or removed (arrow keys, R, Del,
    // the inspector); false when no single pavilion with a region is selected.
    enum class RegionGesture { Nudge, Turn, Remove };
    // The mode on (the measure tool on M, the hall drawing on H), or back to selection when it is on.
    void toggle_mode(std::unique_ptr<Tool> mode);
    bool change_region(RegionGesture gesture, int dx = 0, int dy = 0);
    // The selected booths a module east/west/north/south along their block; false when no booth is selected.
    bool nudge_selected_booths(int dx, int dy);
    // A copy of the region of `from` given to `to`, beside it (Ctrl+D, the inspector's Duplicate for…).
    void duplicate_region(PavilionId from, PavilionId to);
    bool duplicate_region_asked = false; // Ctrl+D: the inspector opens its list of pavilions
    void export_to(WindowExport format, const std::string& path, const ExportOptions& options);
    void start_solve(SolveScope scope = {});
    // What the selection lets move: the exhibitors in the selected booths and the selected one.
    SolveScope selection_scope() const;
    void stop_solve();
    void evaluate_plan(); // the allocation panel's report for the plan as it stands
    void select(PlanSelection selection, bool fly);
    void select_subjects(const Subjects& subjects); // and fly there
    void select_all();
    void fit_all();
    void fit_selection();
    void set_language(Language language);
    void choose_file(FileRequest request, std::function<void(const std::string&)> then);
    void choose_open();
    void choose_save_as();
    void choose_new_from_venue();
    // An untitled project restored from its recovery file.
    void new_recovered(Project project, const std::string& name);
    void request_redraw(int frames = 2) { redraw_frames_ = std::max(redraw_frames_, frames); }
    // Text shown from outside the project (a drawing's layer and hall names): its glyphs join the atlas.
    void use_glyphs_of(std::string_view text)
    {
        project_codepoints_.add_display(text);
        fonts_dirty_ = true;
    }

    // [SECTION] State panels read ----------------------------------------------------------------
    Platform& platform;
    AppOptions options;
    Settings settings;
    std::optional<Document> doc;
    Derived derived;
    PlanSelection selection;
    Viewport viewport;
    SolverJob solver;
    std::optional<AllocationReport> report; // the last solve's, or the evaluated plan's
    uint64_t report_revision = 0;           // the document revision it describes
    // A finished autosave wakes the window (Platform::wake counts as an event: frames are drawn).
    RecoveryWriter recovery{[] { Platform::wake(); }};
    Dialogs dialogs;
    PanelsOpen panels_open;
    FileDialog file_dialog;
    ShapedCache shaped;
    UiProbe probe;
    std::optional<BackgroundTask> task;
    std::string status_message; // the last action's outcome for the status bar
    bool show_allocation_panel = true;
    int allocation_scope = 0; // the panel's Auto-allocate button: 0 venue, 1 selected hall, 2 selection
    bool focus_search = false;
    SearchBoxState search_box;
    bool search_dirty = true;
    float ui_scale = 1;
    FontAtlasInfo font_info;
    double last_stop_latency_s = -1;
    SolveScope solve_scope;                 // of the run under way or the last one
    std::optional<ReseatMoves> last_reseat; // who the last pavilion re-seat moved

    bool read_only() const { return solver.running(); }
    const std::string& display(const std::string& text) { return shaped(text); }

    struct FrameTimes
    {
        double last_ms = 0; // CPU time of the last frame, swap included
        int64_t frames = 0;
    } frame_times;
    // Where the time of the last opening went (the benchmark prints it).
    struct OpenTimes
    {
        double read_ms = 0;    // the project file read and checked
        double derived_ms = 0; // fill rates, pavilion rows, the booths of each block
        double scene_ms = 0;   // the renderer's scene built and uploaded
    } open_times;

private:
    FontAtlasBuilder fonts_;
    CodepointSet project_codepoints_;
    bool fonts_dirty_ = true;
    double next_autosave_s_ = 0;
    int redraw_frames_ = 3;
    bool quit_now_ = false;
    std::string title_;
    std::function<void()> after_save_;
    std::future<std::pair<uint64_t, CheckReport>> checks_pending_;
    void offer_recovery(const RecoveryOffer& offer);
    void on_document_opened();
    void after_change(const ChangeSet& changed);
    void rebuild_derived(const ChangeSet* changed = nullptr);
    void start_full_check();
    void collect_project_codepoints();
    void autosave_now();
    void poll_solver();
    void show_interim_plan(); // the solver's best plan so far in the plan view, while it runs
    uint64_t interim_shown_ = 0; // serial of the interim plan the viewport shows (0: none)
    InterimListing interim_listing_;
    std::shared_ptr<const InterimLook> interim_look_; // made once a run (and when the key changes)
    double interim_listed_at_s_ = -1;
    void poll_background();
    void handle_shortcuts();
    void ensure_fonts();
    void layout_and_draw();
    void draw_dialogs();
    void update_title();
    void write_probe_state();
    double wait_timeout() const;
};

} // namespace bp::win
