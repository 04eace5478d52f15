// The interim plan's listing on a worker (app/window/interim_plan.h).
#include "interim_plan.h"

#include <algorithm>
#include <chrono>
#include <tuple>

namespace bp::win
{

InterimLook make_interim_look(const Project& project, ColourBy colour_by)
{
    InterimLook look;
    look.colour_by = colour_by;
    look.halls = project.venue.halls.size();
    // Under every key an exhibitor's colour depends on the exhibitor alone once its booth is
    // reserved (as the solver's plan lets it), so one colour each serves every plan of the run.
    const ColourKey key(project, colour_by);
    look.colours.resize(project.exhibitors.size());
    Booth b;
    b.status = BoothStatus::Reserved;
    for (size_t i = 0; i < project.exhibitors.size(); ++i)
    {
        b.exhibitor = ExhibitorId(static_cast<int32_t>(i));
        look.colours[i] = key.colour(b);
    }
    look.blocks.reserve(project.blocks.size());
    for (const Block& block : project.blocks)
    {
        Block frame;
        frame.hall = block.hall;
        frame.origin = block.origin;
        frame.along = block.along;
        frame.across = block.across;
        frame.module_m = block.module_m;
        frame.row_depth_m = block.row_depth_m;
        frame.rows = block.rows;
        frame.modules = block.modules;
        look.blocks.push_back(std::move(frame));
    }
    return look;
}

PreviewPlan list_interim_plan(const Allocation& plan, const InterimLook& look)
{
    const std::vector<Assignment>& placed = plan.exhibitors;
    std::vector<size_t> order;
    order.reserve(placed.size());
    for (size_t i = 0; i < placed.size() && i < look.colours.size(); ++i)
        if (const std::optional<BoothCells>& cells = placed[i].booth;
            cells && cells->block.valid() && cells->block.index() < look.blocks.size())
            order.push_back(i);
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b)
              {
                  const BoothCells &x = *placed[a].booth, &y = *placed[b].booth;
                  return std::tie(x.block, x.row, x.col) < std::tie(y.block, y.row, y.col);
              });
    std::vector<PreviewBooth> booths;
    booths.reserve(order.size());
    for (size_t i : order)
    {
        const Block& block = look.blocks[placed[i].booth->block.index()];
        booths.push_back({footprint(block, *placed[i].booth), look.colours[i], block.hall});
    }
    return make_preview_plan(booths, look.halls);
}

InterimListing::~InterimListing()
{
    cancel();
}

bool InterimListing::start(std::shared_ptr<const Allocation> plan, uint64_t serial,
                           std::shared_ptr<const InterimLook> look, std::function<void()> done)
{
    if (task_.valid() || !plan || !look)
        return false;
    serial_ = serial;
    std::promise<PreviewPlan> result;
    task_ = result.get_future();
    // The value is set before `done` asks for a frame, so that frame finds it.
    worker_ = std::thread(
        [plan = std::move(plan), look = std::move(look), done = std::move(done), result = std::move(result)]() mutable
        {
            result.set_value(list_interim_plan(*plan, *look));
            if (done)
                done();
        });
    return true;
}

std::optional<std::pair<uint64_t, PreviewPlan>> InterimListing::take()
{
    if (!task_.valid() || task_.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return std::nullopt;
    worker_.join();
    return std::make_pair(serial_, task_.get());
}

void InterimListing::cancel()
{
    if (worker_.joinable())
        worker_.join();
    task_ = {};
}

} // namespace bp::win
