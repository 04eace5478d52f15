// The solver's best plan so far, as the plan view shows it while a run goes on: each new plan is
// listed in row order and turned into the renderer's vertices on a worker thread, so the frame
// that takes it in only uploads. No GL and no ImGui.
#pragma once

#include "layout/model/model.h"
#include "layout/plan/colour_key.h"
#include "render/scene/preview_plan.h"
#include "solver/solver.h"

#include <cstdint>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace bp::win
{

// What a listing needs of the project, copied once a run (the run's project does not change while
// it goes on, but a listing must not read a project the window may replace): each exhibitor's
// colour under the key, and where the blocks stand (their cells left out).
struct InterimLook
{
    ColourBy colour_by = ColourBy::Pavilion;
    std::vector<uint32_t> colours; // per exhibitor, 0xRRGGBB
    std::vector<Block> blocks;     // frames only: no cells, no numbers
    size_t halls = 0;
};
InterimLook make_interim_look(const Project& project, ColourBy colour_by);

// The plan's booths in row order (block, row, module), so that the renderer fills neighbours of one
// colour as one; assignments to blocks the look does not know are left out.
PreviewPlan list_interim_plan(const Allocation& plan, const InterimLook& look);

class InterimListing
{
public:
    InterimListing() = default;
    ~InterimListing(); // waits for a listing under way
    InterimListing(const InterimListing&) = delete;
    InterimListing& operator=(const InterimListing&) = delete;

    // Starts listing `plan` (serial `serial`) unless one is under way; `done` is called from the
    // worker when it is finished (the window asks for a frame).
    bool start(std::shared_ptr<const Allocation> plan, uint64_t serial, std::shared_ptr<const InterimLook> look,
               std::function<void()> done = {});
    bool busy() const { return task_.valid(); }
    // The finished listing and its serial, once; nullopt while none is finished.
    std::optional<std::pair<uint64_t, PreviewPlan>> take();
    void cancel(); // waits for a listing under way and drops it

private:
    std::future<PreviewPlan> task_;
    std::thread worker_;
    uint64_t serial_ = 0;
};

} // namespace bp::win
