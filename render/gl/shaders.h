// GLSL 3.30 core sources of the renderer's programs, embedded in the binary.
#pragma once

namespace bp::gl::shader
{

// Coloured triangles and lines (plan layers). Attributes: 0 position, 1 colour.
extern const char* const kFillVertex;
extern const char* const kFillFragment;

// Strokes a number of pixels wide (walls, doors, outlines, selections). Attributes: 0 a, 1 b,
// 2 end/side, 3 width, 4 colour.
extern const char* const kStrokeVertex;
extern const char* const kStrokeFragment;

// Round markers of a fixed pixel size (check violations). Attributes: 0 point, 1 corner, 2 size, 3 colour.
extern const char* const kMarkerVertex;
extern const char* const kMarkerFragment;

// Glyph quads from the atlas as triangles. Attributes: 0 position, 1 glyph corner, 2 texel, 3 colour, 4 em.
extern const char* const kGlyphVertex;
extern const char* const kGlyphFragment;

// A frame drawn at a share of the resolution, scaled up: one triangle over the viewport, no attributes.
extern const char* const kScaleUpVertex;
extern const char* const kScaleUpFragment;

// Lit 3D geometry: directional sun with a shadow map, sky and ground ambient. Attributes: 0 position,
// 1 normal, 2 colour.
extern const char* const kLitVertex;
extern const char* const kLitFragment;
// The same, for hall walls: the side toward the camera is cut away above a kerb.
extern const char* const kWallFragment;

// Instanced shell booths, lit by kLitFragment. Attributes: 0 template (u, v, zf, zm), 1 part,
// 2 origin, 3 along, 4 size, 5 colour, 6 flags.
extern const char* const kBoothVertex;

// Hall maps (far halls as one textured rectangle), lit in 3D. Attributes: 0 position, 1 atlas uv.
extern const char* const kMapVertex;
extern const char* const kMapFragment;

// Depth only, from the sun (shadow map). Attribute 0 position.
extern const char* const kDepthVertex;
extern const char* const kDepthFragment;

} // namespace bp::gl::shader
