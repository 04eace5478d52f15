// Internal to the outline tracer (dxf_outlines.cpp): the faces of a planar graph of line pieces,
// traced on half-edges, and the outlines they give, grouped by the names written in them.
#pragma once

#include "dxf_outlines.h"

#include <vector>

namespace bp::dxf_faces
{

struct PlanarEdge
{
    int a = 0, b = 0; // vertices
    int line = 0;     // the drawing's line it came from (0: a gap joined)
    bool alive = true;
};

// Vertices and edges, split so that edges meet only at their ends.
struct PlanarGraph
{
    std::vector<Vec2> points;
    std::vector<PlanarEdge> edges;
};

// Half-edge 2i runs a->b of edge i, 2i+1 back. Faces keep their region on the left, so bounded
// faces run counter-clockwise (positive area) and each connected part's outside clockwise.
struct Faces
{
    std::vector<int> next;                // half-edge -> next half-edge around its face
    std::vector<int> face;                // half-edge -> face
    std::vector<std::vector<int>> cycles; // face -> its half-edges in order
    std::vector<double> area;             // signed
};

// Drops lines that enclose nothing on either side (bridges), then per connected part: its outside
// as one outline, or, where two or more of its faces hold names, one outline per named group of
// faces (unnamed faces join the neighbour they share the longest wall with).
void outlines_from_faces(PlanarGraph& g, const std::vector<Vec2>& names, TracedOutlines& out);

} // namespace bp::dxf_faces
