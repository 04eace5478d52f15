// Local search on two threads: the halls are shared between them, each searches its own copy of
// the plan moving only the exhibitors of its halls, and the plans are merged.
#include "search.h"

#include <algorithm>
#include <thread>

namespace bp::detail
{

std::vector<Place> parallel_search(const AllocationProblem& P, const Weights& W, const std::vector<Place>& places,
                                   int threads, const SearchControl& control, int64_t& moves, bool& stopped)
{
    threads = std::max(1, threads);
    // Halls to threads, largest first onto the lightest thread.
    std::vector<int64_t> weight(static_cast<size_t>(P.halls), 0);
    for (const Place& p : places)
        if (p.assigned())
            weight[static_cast<size_t>(P.blocks[p.block].hall)]++;
    std::vector<int32_t> order(static_cast<size_t>(P.halls));
    for (int32_t h = 0; h < P.halls; ++h)
        order[h] = h;
    std::stable_sort(order.begin(), order.end(), [&](int32_t a, int32_t b) { return weight[a] > weight[b]; });
    std::vector<int> owner(static_cast<size_t>(P.halls), 0);
    std::vector<int64_t> load(static_cast<size_t>(threads), 0);
    for (int32_t h : order)
    {
        int t = int(std::min_element(load.begin(), load.end()) - load.begin());
        owner[h] = t;
        load[t] += weight[h];
    }
    std::vector<std::vector<uint8_t>> halls(static_cast<size_t>(threads),
                                            std::vector<uint8_t>(static_cast<size_t>(P.halls), 0));
    for (int32_t h = 0; h < P.halls; ++h)
        halls[owner[h]][h] = P.hall_open[h];
    // Each exhibitor belongs to one thread: the owner of its hall, or a round-robin one when unassigned.
    std::vector<std::vector<int32_t>> movers(static_cast<size_t>(threads));
    std::vector<int> ex_owner(P.exhibitors.size(), 0);
    for (size_t e = 0; e < P.exhibitors.size(); ++e)
    {
        ex_owner[e] = places[e].assigned() ? owner[P.blocks[places[e].block].hall] : int(e % size_t(threads));
        if (P.exhibitors[e].movable())
            movers[ex_owner[e]].push_back(int32_t(e));
    }
    int64_t total = 0;
    for (auto& m : movers)
        total += int64_t(m.size());
    std::vector<std::vector<Place>> result(static_cast<size_t>(threads));
    std::vector<SearchOutcome> outcome(static_cast<size_t>(threads));
    auto run = [&](int t)
    {
        State S(P, W, places);
        SearchControl c = control;
        c.seed = control.seed * 0x9E3779B97F4A7C15ull + uint64_t(t) + 1;
        c.iterations = total > 0 ? control.iterations * int64_t(movers[t].size()) / total : 0;
        if (t != 0)
            c.progress = nullptr;
        outcome[t] = local_search(S, movers[t], halls[t], c);
        result[t] = S.places();
    };
    if (threads == 1)
        run(0);
    else
    {
        std::vector<std::thread> pool;
        for (int t = 1; t < threads; ++t)
            pool.emplace_back(run, t);
        run(0);
        for (auto& th : pool)
            th.join();
    }
    std::vector<Place> merged(places.size());
    moves = 0;
    stopped = false;
    for (int t = 0; t < threads; ++t)
    {
        moves += outcome[t].moves;
        stopped |= outcome[t].stopped;
    }
    for (size_t e = 0; e < places.size(); ++e)
        merged[e] = result[static_cast<size_t>(ex_owner[e])][e];
    return merged;
}

} // namespace bp::detail
