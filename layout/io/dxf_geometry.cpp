// Entities to flattened shapes: lines, arcs, polylines with bulges, circles, ellipses, SOLIDs,
// splines and HATCH boundaries (see dxf_geometry.h).
#include "dxf_geometry.h"

#include "layout/model/diagnostics.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace bp
{

namespace
{

constexpr double kPi = 3.14159265358979323846;
constexpr size_t kMaxPiecePoints = 4096;

// Segments needed for an arc of radius r and sweep `sweep` to stay within `tol` of it.
int arc_steps(double r, double sweep, double tol)
{
    double step = tol < r ? 2 * std::acos(1 - tol / r) : kPi / 2;
    return std::clamp(static_cast<int>(std::ceil(std::fabs(sweep) / std::max(step, 1e-6))), 1, 1024);
}

// Points of an arc from p to q whose bulge is tan(sweep/4), p excluded and q included.
void add_bulge(Polygon& out, Vec2 p, Vec2 q, double bulge, double tol)
{
    double c = distance(p, q);
    if (std::fabs(bulge) < 1e-9 || c < 1e-12)
    {
        out.push_back(q);
        return;
    }
    bulge = std::clamp(bulge, -1e3, 1e3);
    double sweep = 4 * std::atan(bulge);
    double r = c / (2 * std::sin(std::fabs(sweep) / 2));
    Vec2 mid = (p + q) * 0.5, dir = (q - p) * (1 / c), left{-dir.y, dir.x};
    Vec2 centre = mid + left * ((c / 2) * (1 - bulge * bulge) / (2 * bulge));
    int n = arc_steps(r, sweep, tol);
    double a0 = std::atan2(p.y - centre.y, p.x - centre.x);
    for (int k = 1; k < n; ++k)
    {
        double a = a0 + sweep * k / n;
        out.push_back({centre.x + r * std::cos(a), centre.y + r * std::sin(a)});
    }
    out.push_back(q);
}

// A circle as a polygon around it: vertices at r / cos(pi/n) stray r (1/cos(pi/n) - 1) from the
// circle, kept within tol; circumscribed, so a round column never comes out smaller than it is.
Polygon circle(Vec2 c, double r, double tol)
{
    double step = 2 * std::acos(r / (r + tol));
    int n = std::clamp(static_cast<int>(std::ceil(2 * kPi / std::max(step, 1e-6))), 8, 1024);
    double rv = r / std::cos(kPi / n);
    Polygon out;
    for (int k = 0; k < n; ++k)
        out.push_back({c.x + rv * std::cos(2 * kPi * k / n), c.y + rv * std::sin(2 * kPi * k / n)});
    return out;
}

} // namespace

namespace
{

class PieceReader
{
public:
    PieceReader(const DxfEntity& e, const std::string& file, double tol) : e_(e), file_(file), g_(e, file), tol_(tol) {}

    void check(const Polygon& p) const
    {
        if (p.size() > kMaxPiecePoints)
            throw InputError(file_, e_.line, e_.type, "shape with more than 4096 points (arcs flattened)");
    }

    // Points with bulges to a flattened chain; `closed` adds the closing arc.
    Polygon bulged(const std::vector<Vec2>& pts, const std::vector<double>& bulges, bool closed) const
    {
        Polygon out;
        for (size_t i = 0; i < pts.size(); ++i)
        {
            if (i == 0)
                out.push_back(pts[0]);
            if (i + 1 < pts.size())
                add_bulge(out, pts[i], pts[i + 1], bulges[i], tol_);
            else if (closed && pts.size() > 1)
            {
                add_bulge(out, pts[i], pts[0], bulges[i], tol_);
                out.pop_back(); // the first point again
            }
            check(out);
        }
        return out;
    }

    DxfPiece polyline() const
    {
        std::vector<Vec2> pts;
        std::vector<double> bulges;
        auto vertex_tag = [&](const DxfTag& t)
        {
            if (t.code == 10)
            {
                if (pts.size() >= 1000000)
                    throw InputError(file_, e_.line, e_.type, "polyline with more than a million vertices");
                pts.push_back({dxf_number(t, file_), 0});
                bulges.push_back(0);
            }
            else if (t.code == 20 && !pts.empty())
                pts.back().y = dxf_number(t, file_);
            else if (t.code == 42 && !bulges.empty())
                bulges.back() = dxf_number(t, file_);
        };
        int flags = g_.integer(70);
        if (e_.type == "LWPOLYLINE")
        {
            for (const DxfTag& t : e_.tags)
                vertex_tag(t);
            // The vertex count (group 90) is checked, never trusted to reserve memory.
            int claimed = g_.integer(90, static_cast<int>(pts.size()));
            if (claimed < 0 || static_cast<size_t>(claimed) != pts.size())
                throw InputError(file_, e_.line, e_.type,
                                 "claims " + std::to_string(claimed) + " vertices (group 90) but has " +
                                     std::to_string(pts.size()) + ": the drawing is damaged");
        }
        else
        {
            if (flags & (16 | 64)) // polygon or polyface mesh: a 3D surface, not an outline
                return {};
            for (const std::vector<DxfTag>& v : e_.vertices)
            {
                int vflags = 0;
                for (const DxfTag& t : v)
                    if (t.code == 70)
                        vflags = dxf_int(t, file_);
                if (vflags & (16 | 128)) // spline frame control points, mesh faces
                    continue;
                size_t before = pts.size();
                for (const DxfTag& t : v)
                    if (t.code == 10 || t.code == 20 || t.code == 42)
                        vertex_tag(t);
                if (pts.size() != before + 1)
                    throw InputError(file_, e_.line, "", "POLYLINE vertex without exactly one 10/20 point");
            }
        }
        if (g_.mirrored() && !(flags & 8))
            for (size_t i = 0; i < pts.size(); ++i)
            {
                pts[i].x = -pts[i].x;
                bulges[i] = -bulges[i];
            }
        DxfPiece s;
        s.closed = (flags & 1) != 0;
        s.points = bulged(pts, bulges, s.closed);
        return s;
    }

    DxfPiece arc(bool full) const
    {
        Vec2 c{g_.num(10), g_.num(20)};
        double r = g_.num(40);
        DxfPiece out;
        if (!(r > 0))
            return out; // a point: draws no shape
        if (full)
            out = {circle(c, r, tol_), true};
        else
        {
            double a0 = g_.num(50) * kPi / 180, a1 = g_.num(51) * kPi / 180;
            double sweep = std::fmod(a1 - a0, 2 * kPi);
            if (sweep <= 1e-12)
                sweep += 2 * kPi;
            int n = arc_steps(r, sweep, tol_);
            for (int k = 0; k <= n; ++k)
            {
                double a = a0 + sweep * k / n;
                out.points.push_back({c.x + r * std::cos(a), c.y + r * std::sin(a)});
            }
        }
        if (g_.mirrored())
            for (Vec2& p : out.points)
                p.x = -p.x;
        return out;
    }

    // Centre, major axis (relative), minor/major ratio, parameter range; WCS.
    void ellipse(Polygon& out, Vec2 c, Vec2 major, double ratio, double t0, double t1, bool ccw) const
    {
        double r = length(major);
        if (!(r > 0) || !(ratio > 0) || ratio > 1 + 1e-9)
            return; // degenerate: draws nothing
        Vec2 minor{-major.y * ratio, major.x * ratio};
        double sweep = std::fmod(t1 - t0, 2 * kPi);
        if (sweep <= 1e-12)
            sweep += 2 * kPi;
        if (!ccw)
            sweep = sweep - 2 * kPi;
        int n = arc_steps(r, sweep, tol_);
        for (int k = 0; k <= n; ++k)
        {
            double t = t0 + sweep * k / n;
            out.push_back(c + major * std::cos(t) + minor * std::sin(t));
        }
        check(out);
    }

    DxfPiece spline() const
    {
        int flags = g_.integer(70), degree = g_.integer(71, 3);
        std::vector<double> knots, weights;
        std::vector<Vec2> control, fit;
        for (const DxfTag& t : e_.tags)
        {
            if (t.code == 40)
                knots.push_back(dxf_number(t, file_));
            else if (t.code == 41)
                weights.push_back(dxf_number(t, file_));
            else if (t.code == 10)
                control.push_back({dxf_number(t, file_), 0});
            else if (t.code == 20 && !control.empty())
                control.back().y = dxf_number(t, file_);
            else if (t.code == 11)
                fit.push_back({dxf_number(t, file_), 0});
            else if (t.code == 21 && !fit.empty())
                fit.back().y = dxf_number(t, file_);
        }
        DxfPiece out;
        out.closed = (flags & 1) != 0;
        size_t n = control.size();
        bool valid = degree >= 1 && degree <= 10 && n > static_cast<size_t>(degree) && n <= 100000 &&
                     knots.size() == n + static_cast<size_t>(degree) + 1 && std::is_sorted(knots.begin(), knots.end());
        if (!valid)
            out.points = fit.size() >= 2 ? fit : control; // the points the curve passes near
        else
        {
            if (weights.size() != n)
                weights.assign(n, 1.0);
            double u0 = knots[static_cast<size_t>(degree)], u1 = knots[n];
            int samples = static_cast<int>(std::clamp<size_t>(n * 16, 16, kMaxPiecePoints - 1));
            for (int k = 0; k <= samples && u1 > u0; ++k)
                out.points.push_back(de_boor(knots, control, weights, degree, u0 + (u1 - u0) * k / samples));
        }
        check(out.points);
        if (out.closed && out.points.size() > 1 && distance(out.points.front(), out.points.back()) < 1e-12)
            out.points.pop_back();
        return out;
    }

    std::vector<DxfPiece> hatch() const;

    const DxfEntity& e_;
    const std::string& file_;
    DxfEntityTags g_;
    double tol_;

private:
    static Vec2 de_boor(const std::vector<double>& knots, const std::vector<Vec2>& ctrl, const std::vector<double>& w,
                        int p, double u)
    {
        size_t n = ctrl.size();
        size_t k = static_cast<size_t>(p);
        while (k + 1 < n && knots[k + 1] <= u)
            ++k;
        std::vector<double> x(static_cast<size_t>(p) + 1), y(x.size()), h(x.size());
        for (int j = 0; j <= p; ++j)
        {
            size_t i = k - static_cast<size_t>(p) + static_cast<size_t>(j);
            h[static_cast<size_t>(j)] = w[i];
            x[static_cast<size_t>(j)] = ctrl[i].x * w[i];
            y[static_cast<size_t>(j)] = ctrl[i].y * w[i];
        }
        for (int r = 1; r <= p; ++r)
            for (int j = p; j >= r; --j)
            {
                size_t i = k - static_cast<size_t>(p) + static_cast<size_t>(j);
                double den = knots[i + static_cast<size_t>(p - r) + 1] - knots[i];
                double a = den > 0 ? (u - knots[i]) / den : 0;
                size_t J = static_cast<size_t>(j);
                x[J] = (1 - a) * x[J - 1] + a * x[J];
                y[J] = (1 - a) * y[J - 1] + a * y[J];
                h[J] = (1 - a) * h[J - 1] + a * h[J];
            }
        double hw = h[static_cast<size_t>(p)] != 0 ? h[static_cast<size_t>(p)] : 1;
        return {x[static_cast<size_t>(p)] / hw, y[static_cast<size_t>(p)] / hw};
    }
};

// HATCH boundary paths: polyline paths or edge paths (lines, arcs, elliptic arcs, splines as
// their control points), each a closed shape in the hatch's OCS.
std::vector<DxfPiece> PieceReader::hatch() const
{
    const std::vector<DxfTag>& t = e_.tags;
    size_t i = 0;
    while (i < t.size() && t[i].code != 91)
        ++i;
    auto fail = [&](const char* what)
    { throw InputError(file_, i < t.size() ? t[i].line : e_.line, "HATCH", std::string("boundary data: ") + what); };
    auto next = [&](int code) -> const DxfTag&
    {
        if (i >= t.size() || t[i].code != code)
            fail(("expected group " + std::to_string(code)).c_str());
        return t[i++];
    };
    auto point = [&](int code) { return Vec2{dxf_number(next(code), file_), dxf_number(next(code + 10), file_)}; };
    std::vector<DxfPiece> out;
    if (i >= t.size())
        return out;
    int paths = dxf_int(next(91), file_);
    for (int p = 0; p < paths; ++p)
    {
        int kind = dxf_int(next(92), file_);
        DxfPiece piece{{}, true};
        if (kind & 2)
        {
            bool has_bulge = dxf_int(next(72), file_) != 0;
            next(73);
            int n = dxf_int(next(93), file_);
            std::vector<Vec2> pts;
            std::vector<double> bulges;
            for (int k = 0; k < n; ++k)
            {
                pts.push_back(point(10));
                bulges.push_back(has_bulge && i < t.size() && t[i].code == 42 ? dxf_number(next(42), file_) : 0);
            }
            piece.points = bulged(pts, bulges, true);
        }
        else
        {
            int edges = dxf_int(next(93), file_);
            for (int k = 0; k < edges; ++k)
            {
                int type = dxf_int(next(72), file_);
                if (type == 1)
                {
                    Vec2 a = point(10), b = point(11);
                    if (piece.points.empty() || distance(piece.points.back(), a) > 1e-9)
                        piece.points.push_back(a);
                    piece.points.push_back(b);
                }
                else if (type == 2 || type == 3)
                {
                    Vec2 c = point(10), major{1, 0};
                    if (type == 3)
                        major = point(11);
                    double r = dxf_number(next(40), file_);
                    double a0 = dxf_number(next(50), file_) * kPi / 180, a1 = dxf_number(next(51), file_) * kPi / 180;
                    bool ccw = dxf_int(next(73), file_) != 0;
                    if (type == 2)
                        major = {r, 0};
                    if (!ccw) // clockwise edges give their angles mirrored
                    {
                        a0 = -a0;
                        a1 = -a1;
                    }
                    ellipse(piece.points, c, major, type == 2 ? 1.0 : r, a0, a1, ccw);
                }
                else if (type == 4)
                {
                    next(94);
                    bool rational = dxf_int(next(73), file_) != 0;
                    next(74);
                    int nk = dxf_int(next(95), file_), nc = dxf_int(next(96), file_);
                    for (int j = 0; j < nk; ++j)
                        next(40);
                    for (int j = 0; j < nc; ++j)
                    {
                        piece.points.push_back(point(10));
                        if (rational && i < t.size() && t[i].code == 42)
                            ++i;
                    }
                    if (i < t.size() && t[i].code == 97)
                        for (int j = dxf_int(next(97), file_); j > 0; --j)
                            point(11);
                    while (i < t.size() && (t[i].code == 12 || t[i].code == 22 || t[i].code == 13 || t[i].code == 23))
                        ++i;
                }
                else
                    fail("unknown edge type");
                check(piece.points);
            }
            if (piece.points.size() > 1 && distance(piece.points.front(), piece.points.back()) < 1e-9)
                piece.points.pop_back();
        }
        if (i < t.size() && t[i].code == 97)
            for (int n = dxf_int(next(97), file_); n > 0 && i < t.size() && t[i].code == 330; --n)
                ++i;
        out.push_back(std::move(piece));
    }
    if (g_.mirrored())
        for (DxfPiece& piece : out)
            for (Vec2& q : piece.points)
                q.x = -q.x;
    return out;
}

} // namespace

std::vector<DxfPiece> DxfGeometry::pieces(const DxfEntity& e, const DxfTransform& t) const
{
    PieceReader r(e, file_, tol_ / t.max_scale());
    std::vector<DxfPiece> out;
    const std::string& type = e.type;
    if (type == "LINE")
        out.push_back({{{r.g_.num(10), r.g_.num(20)}, {r.g_.num(11), r.g_.num(21)}}, false});
    else if (type == "ARC" || type == "CIRCLE")
        out.push_back(r.arc(type == "CIRCLE"));
    else if (type == "ELLIPSE")
    {
        DxfPiece p;
        double t0 = r.g_.num(41), t1 = r.g_.num(42, 2 * kPi);
        p.closed = std::fabs(std::fabs(t1 - t0) - 2 * kPi) < 1e-9;
        r.ellipse(p.points, {r.g_.num(10), r.g_.num(20)}, {r.g_.num(11), r.g_.num(21)}, r.g_.num(40, 1), t0, t1,
                  r.g_.num(230, 1) >= 0);
        if (p.closed && !p.points.empty())
            p.points.pop_back();
        out.push_back(std::move(p));
    }
    else if (type == "LWPOLYLINE" || type == "POLYLINE")
        out.push_back(r.polyline());
    else if (type == "SOLID" || type == "TRACE")
    {
        // Corners in the order 1, 2, 4, 3; a triangle repeats its third corner.
        Vec2 p1{r.g_.num(10), r.g_.num(20)}, p2{r.g_.num(11), r.g_.num(21)}, p3{r.g_.num(12), r.g_.num(22)};
        Vec2 p4{r.g_.num(13, p3.x), r.g_.num(23, p3.y)};
        DxfPiece p{{p1, p2, p4, p3}, true};
        if (distance(p4, p3) < 1e-12)
            p.points.pop_back();
        if (r.g_.mirrored())
            for (Vec2& q : p.points)
                q.x = -q.x;
        out.push_back(std::move(p));
    }
    else if (type == "HATCH")
        out = r.hatch();
    else if (type == "SPLINE")
        out.push_back(r.spline());
    for (DxfPiece& p : out)
    {
        // Points drawn twice in a row (an arc starting where a line ends) are one point.
        Polygon kept;
        for (Vec2 q : p.points)
            if (kept.empty() || distance(kept.back(), q) > 1e-6)
                kept.push_back(q);
        if (p.closed && kept.size() > 1 && distance(kept.front(), kept.back()) <= 1e-6)
            kept.pop_back();
        p.points.clear();
        for (Vec2 q : kept)
            p.points.push_back(t.apply(q));
    }
    out.erase(std::remove_if(out.begin(), out.end(), [](const DxfPiece& p) { return p.points.size() < 2; }), out.end());
    return out;
}

} // namespace bp
