// A hall's drawing changed by hand, then its grid again (app/window/tools/hall_drawing.h).
#include "hall_drawing.h"

#include "app/window/i18n.h"

#include <cmath>

namespace bp::win
{

namespace
{

Polygon moved(const Polygon& shape, Vec2 offset)
{
    Polygon out = shape;
    for (Vec2& p : out)
        p = p + offset;
    return out;
}

Polygon door_band(const Segment& s)
{
    const Vec2 d = normalized(s.b - s.a), n{-d.y * 0.3, d.x * 0.3};
    return {s.a - n, s.b - n, s.b + n, s.a + n};
}

// Inside the hall, clear of its outline: every corner inside, no corner of the outline inside it.
bool inside_hall(const Hall& hall, const Polygon& shape)
{
    for (Vec2 p : shape)
        if (!contains(hall.outline, p))
            return false;
    for (Vec2 p : hall.outline)
        if (contains(shape, p))
            return false;
    return true;
}

// On the hall's outline, or on one of its blocked zones' boundaries, at both ends.
bool on_a_wall(const Hall& hall, const Segment& s)
{
    auto on = [&](Vec2 p)
    {
        if (distance_to_boundary(hall.outline, p) < 0.01)
            return true;
        for (const Polygon& z : hall.blocked)
            if (distance_to_boundary(z, p) < 0.01)
                return true;
        return false;
    };
    return on(s.a) && on(s.b);
}

} // namespace

std::optional<Fixture> fixture_at(const Project& project, Vec2 p, double reach_m)
{
    for (size_t h = 0; h < project.venue.halls.size(); ++h)
    {
        const Hall& hall = project.venue.halls[h];
        const HallId id(static_cast<int32_t>(h));
        for (size_t i = 0; i < hall.doors.size(); ++i)
            if (distance_to_segment(p, hall.doors[i].span) <= reach_m)
                return Fixture{id, FixtureKind::Door, i};
        if (!contains(hall.outline, p))
            continue;
        for (size_t i = 0; i < hall.columns.size(); ++i)
            if (contains(hall.columns[i], p) || distance_to_boundary(hall.columns[i], p) <= reach_m / 2)
                return Fixture{id, FixtureKind::Column, i};
        for (size_t i = 0; i < hall.blocked.size(); ++i)
            if (contains(hall.blocked[i], p))
                return Fixture{id, FixtureKind::Blocked, i};
    }
    return std::nullopt;
}

Polygon fixture_shape(const Project& project, const Fixture& f)
{
    const Hall& hall = project.hall(f.hall);
    switch (f.kind)
    {
    case FixtureKind::Column:
        return hall.columns.at(f.index);
    case FixtureKind::Blocked:
        return hall.blocked.at(f.index);
    case FixtureKind::Door:
        return door_band(hall.doors.at(f.index).span);
    }
    return {};
}

std::string fixture_name(const Project& project, const Fixture& f)
{
    const std::string n = std::to_string(f.index + 1), code = project.hall(f.hall).code;
    switch (f.kind)
    {
    case FixtureKind::Column:
        return trf(S::FixtureColumnXY, {n, code});
    case FixtureKind::Blocked:
        return trf(S::FixtureBlockedXY, {n, code});
    case FixtureKind::Door:
        return trf(S::FixtureDoorXY, {n, code});
    }
    return {};
}

FixtureMove move_fixture(const Project& project, const Fixture& f, Vec2 offset, bool regrid)
{
    FixtureMove out;
    Hall hall = project.hall(f.hall);
    switch (f.kind)
    {
    case FixtureKind::Column:
    case FixtureKind::Blocked:
    {
        Polygon& shape = f.kind == FixtureKind::Column ? hall.columns.at(f.index) : hall.blocked.at(f.index);
        shape = moved(shape, offset);
        out.shape = shape;
        out.moved_m = std::hypot(offset.x, offset.y);
        if (!inside_hall(hall, shape))
            out.refused = trf(S::FootprintLeavesHallX, {hall.code});
        break;
    }
    case FixtureKind::Door:
    {
        Segment& span = hall.doors.at(f.index).span;
        const Vec2 along = normalized(span.b - span.a);
        const double by = dot(offset, along);
        span = Segment{span.a + along * by, span.b + along * by};
        out.shape = door_band(span);
        out.moved_m = std::abs(by);
        if (!on_a_wall(hall, span))
            out.refused = tr(S::FixtureDoorOffWall);
        break;
    }
    }
    if (!regrid || !out.refused.empty() || out.moved_m < 1e-9)
        return out;
    // The grid of the hall with its new drawing: the edit replaces the drawing, then the booths.
    Project after = project;
    ReplaceHall drawing{f.hall, std::move(hall)};
    apply_edit(after, Edit(drawing));
    GridResult grid = regenerate_hall_grid(after, f.hall);
    out.grid = std::move(grid.report);
    EditGroup group;
    const EditWords words = f.kind == FixtureKind::Column    ? EditWords::MoveColumn
                            : f.kind == FixtureKind::Blocked ? EditWords::MoveBlockedZone
                                                             : EditWords::MoveDoor;
    group.label = EditLabel(words, {std::to_string(f.index + 1), project.hall(f.hall).code});
    group.edits.push_back(Edit(std::move(drawing)));
    group.edits.push_back(Edit(std::move(grid.edit)));
    out.edit = Edit(std::move(group));
    return out;
}

} // namespace bp::win
