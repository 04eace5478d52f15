// What a drawing's entities draw, in drawing units: lines, arcs and polylines flattened to point
// lists, closed shapes (closed polylines, circles, SOLIDs, HATCH boundaries) and texts with where
// they sit. Block INSERTs are exploded with their transforms (nested, scaled, turned, mirrored,
// in arrays), so a shape drawn once in a block counts wherever the block is placed.
#pragma once

#include "dxf_tags.h"
#include "layout/geometry/geometry.h"

#include <functional>
#include <string>

namespace bp
{

// A drawn shape, flattened: a closed shape or an open chain of points.
struct DxfPiece
{
    Polygon points;
    bool closed = false;
};

// A TEXT, MTEXT or ATTRIB: its characters and the middle of where it is written.
struct DxfText
{
    std::string text;
    Vec2 at;           // approximate centre of the written text
    double height = 0; // character height, drawing units
};

// One entity as it lands in model space, with the layer it takes there (entities on layer 0
// inside a block take the layer of the INSERT that places them).
struct DxfPlaced
{
    const DxfEntity& entity;
    const std::string& layer;
    int line; // the model-space entity's line (the INSERT for block contents)
};

// 2D affine map from an entity's coordinates to model space.
struct DxfTransform
{
    double a = 1, b = 0, c = 0, d = 1, tx = 0, ty = 0; // x' = a x + b y + tx, y' = c x + d y + ty
    Vec2 apply(Vec2 p) const { return {a * p.x + b * p.y + tx, c * p.x + d * p.y + ty}; }
    double max_scale() const;                           // the largest stretch, for flattening within a tolerance
    double mean_scale() const;                          // sqrt|det|, for text heights
    DxfTransform then(const DxfTransform& outer) const; // this map followed by `outer`
};

class DxfGeometry
{
public:
    // `tolerance` is the flattening error allowed, in model-space drawing units.
    DxfGeometry(const DxfDrawing& drawing, const std::string& file, double tolerance);

    // Calls `visit` for every model-space entity and every entity INSERTs place, blocks exploded
    // to any depth. Throws InputError for a block that inserts itself, nesting deeper than 32, or
    // more than 2,000,000 placed entities (a file built to explode).
    void for_each(const std::function<void(const DxfPlaced&, const DxfTransform&)>& visit) const;

    // The shapes an entity draws (none for types without geometry), in model space. Throws
    // InputError naming the line for numbers that do not parse or a shape over 4096 points.
    std::vector<DxfPiece> pieces(const DxfEntity& e, const DxfTransform& t) const;
    // TEXT, MTEXT and ATTRIB; nullopt for other types or empty text.
    std::optional<DxfText> text(const DxfEntity& e, const DxfTransform& t) const;

    // True for types whose geometry `pieces` reads.
    static bool has_geometry(const std::string& type);

private:
    const DxfDrawing& drawing_;
    const std::string& file_;
    double tol_;
};

} // namespace bp
