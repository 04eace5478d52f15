// The renderer's GLSL programs. Colours arrive as normalised bytes; blending is straight alpha.
#include "shaders.h"

namespace bp::gl::shader
{

const char* const kFillVertex = R"(#version 330 core
layout(location = 0) in vec3 a_pos;
layout(location = 1) in vec4 a_rgba;
uniform mat4 u_vp;
uniform float u_alpha;
out vec4 v_rgba;
void main() {
    gl_Position = u_vp * vec4(a_pos, 1.0);
    v_rgba = vec4(a_rgba.rgb, a_rgba.a * u_alpha);
}
)";

const char* const kFillFragment = R"(#version 330 core
in vec4 v_rgba;
out vec4 o_colour;
void main() { o_colour = v_rgba; }
)";

const char* const kStrokeVertex = R"(#version 330 core
layout(location = 0) in vec3 a_a;
layout(location = 1) in vec3 a_b;
layout(location = 2) in vec2 a_end_side;
layout(location = 3) in float a_width;
layout(location = 4) in vec4 a_rgba;
uniform mat4 u_vp;
uniform vec2 u_viewport;
out vec4 v_rgba;
void main() {
    vec4 ca = u_vp * vec4(a_a, 1.0), cb = u_vp * vec4(a_b, 1.0);
    v_rgba = a_rgba;
    if (ca.w <= 0.0 || cb.w <= 0.0) { gl_Position = vec4(0.0, 0.0, -2.0, 1.0); return; }
    vec2 sa = ca.xy / ca.w * 0.5 * u_viewport, sb = cb.xy / cb.w * 0.5 * u_viewport;
    vec2 d = sb - sa;
    d = length(d) > 1e-4 ? normalize(d) : vec2(1.0, 0.0);
    vec2 n = vec2(-d.y, d.x);
    vec4 c = mix(ca, cb, a_end_side.x);
    // Half the width sideways, and half past each end so corners close.
    vec2 px = n * a_end_side.y * a_width * 0.5 + d * (a_end_side.x * 2.0 - 1.0) * a_width * 0.5;
    c.xy += px * 2.0 / u_viewport * c.w;
    gl_Position = c;
}
)";

const char* const kStrokeFragment = kFillFragment;

const char* const kMarkerVertex = R"(#version 330 core
layout(location = 0) in vec3 a_at;
layout(location = 1) in vec2 a_corner;
layout(location = 2) in float a_size;
layout(location = 3) in vec4 a_rgba;
uniform mat4 u_vp;
uniform vec2 u_viewport;
out vec4 v_rgba;
out vec2 v_uv;
void main() {
    vec4 c = u_vp * vec4(a_at, 1.0);
    v_rgba = a_rgba;
    v_uv = a_corner;
    if (c.w <= 0.0) { gl_Position = vec4(0.0, 0.0, -2.0, 1.0); return; }
    c.xy += a_corner * a_size * 0.5 * 2.0 / u_viewport * c.w;
    c.z = -c.w; // always in front
    gl_Position = c;
}
)";

const char* const kMarkerFragment = R"(#version 330 core
in vec4 v_rgba;
in vec2 v_uv;
out vec4 o_colour;
void main() {
    float r = length(v_uv);
    if (r > 1.0) discard;
    // A disc in the marker's colour inside a white ring with a dark rim; a white bar and dot: "!".
    vec3 c = r > 0.86 ? vec3(0.15) : r > 0.7 ? vec3(1.0) : v_rgba.rgb;
    bool bar = abs(v_uv.x) < 0.11 && v_uv.y > -0.05 && v_uv.y < 0.5;
    bool dot = length(v_uv - vec2(0.0, -0.3)) < 0.12;
    if (r <= 0.7 && (bar || dot)) c = vec3(1.0);
    o_colour = vec4(c, 1.0);
}
)";

const char* const kScaleUpVertex = R"(#version 330 core
out vec2 v_uv;
void main() {
    vec2 p = vec2(gl_VertexID == 1 ? 3.0 : -1.0, gl_VertexID == 2 ? 3.0 : -1.0);
    v_uv = (p + 1.0) * 0.5;
    gl_Position = vec4(p, 0.0, 1.0);
}
)";

const char* const kScaleUpFragment = R"(#version 330 core
uniform sampler2D u_frame;
in vec2 v_uv;
out vec4 o_colour;
void main() { o_colour = texture(u_frame, v_uv); }
)";

const char* const kGlyphVertex = R"(#version 330 core
layout(location = 0) in vec3 a_pos;
layout(location = 1) in vec3 a_anchor;
layout(location = 2) in vec2 a_texel;
layout(location = 3) in vec4 a_rgba;
layout(location = 4) in float a_em;
uniform mat4 u_vp;
uniform float u_focal;   // pixels per metre at clip w = 1
uniform vec2 u_atlas;    // atlas size in texels
uniform vec2 u_px_range; // text drawn only while its em is this many pixels
out vec2 v_uv;
out vec4 v_rgba;
void main() {
    vec4 a = u_vp * vec4(a_anchor, 1.0);
    float px = a.w > 0.0 ? a_em * u_focal / a.w : 0.0;
    v_rgba = a_rgba;
    v_uv = a_texel / u_atlas;
    if (px < u_px_range.x || px > u_px_range.y) { gl_Position = vec4(0.0, 0.0, -2.0, 1.0); return; }
    gl_Position = u_vp * vec4(a_pos, 1.0);
}
)";

const char* const kGlyphFragment = R"(#version 330 core
uniform sampler2D u_atlas_tex;
in vec2 v_uv;
in vec4 v_rgba;
out vec4 o_colour;
void main() {
    float a = texture(u_atlas_tex, v_uv).r;
    if (a < 0.02) discard;
    o_colour = vec4(v_rgba.rgb, v_rgba.a * a);
}
)";

// Lighting is computed per vertex: every lit surface is a flat panel of one colour under a
// directional sun, so its light is the same at every corner and travels as flat (not interpolated)
// values; llvmpipe's fragment work stays the shadow map position and one lookup per pixel.
#define BP_LIGHT_FUNCTIONS                                                                                             \
    "uniform vec3 u_sun;\n" /* towards the light */                                                                    \
    "uniform vec3 u_eye;\n"                                                                                            \
    "uniform mat4 u_light_vp;\n" /* orthographic: w is 1 */                                                            \
    "flat out vec3 v_ambient;\n" /* colour lit by the sky */                                                           \
    "flat out vec3 v_direct;\n"  /* colour the sun adds where it is not shadowed */                                    \
    "flat out float v_alpha;\n"                                                                                        \
    "flat out float v_facing;\n" /* 1: the panel faces the camera from its outer side */                               \
    "out vec3 v_light;\n"        /* the shadow map's texture position and depth */                                     \
    "out float v_z;\n"                                                                                                 \
    "void light(vec3 pos, vec3 n, vec4 rgba) {\n"                                                                      \
    "    vec3 to_eye = u_eye - pos;\n"                                                                                 \
    "    v_facing = dot(n, to_eye) > 0.0 ? 1.0 : 0.0;\n"                                                               \
    "    v_z = pos.z;\n"                                                                                               \
    "    if (dot(n, to_eye) < 0.0) n = -n;\n" /* panels are seen from both sides */                                    \
    "    float sky = mix(0.5, 0.66, n.z * 0.5 + 0.5);\n"                                                               \
    "    v_ambient = rgba.rgb * sky;\n"                                                                                \
    "    v_direct = rgba.rgb * 0.42 * max(dot(n, u_sun), 0.0);\n"                                                      \
    "    v_alpha = rgba.a;\n"                                                                                          \
    "    v_light = (u_light_vp * vec4(pos, 1.0)).xyz * 0.5 + 0.5;\n"                                                   \
    "}\n"

const char* const kLitVertex = "#version 330 core\n"
                               "layout(location = 0) in vec3 a_pos;\n"
                               "layout(location = 1) in vec3 a_normal;\n"
                               "layout(location = 2) in vec4 a_rgba;\n"
                               "uniform mat4 u_vp;\n" BP_LIGHT_FUNCTIONS "void main() {\n"
                               "    light(a_pos, normalize(a_normal), a_rgba);\n"
                               "    gl_Position = u_vp * vec4(a_pos, 1.0);\n"
                               "}\n";

#define BP_SHADE_FUNCTIONS                                                                                             \
    "uniform sampler2DShadow u_shadow;\n"                                                                              \
    "uniform int u_shadows;\n"                                                                                         \
    "uniform float u_alpha;\n"                                                                                         \
    "flat in vec3 v_ambient;\n"                                                                                        \
    "flat in vec3 v_direct;\n"                                                                                         \
    "flat in float v_alpha;\n"                                                                                         \
    "flat in float v_facing;\n"                                                                                        \
    "in vec3 v_light;\n"                                                                                               \
    "in float v_z;\n"                                                                                                  \
    "out vec4 o_colour;\n"                                                                                             \
    "vec4 shade() {\n"                                                                                                 \
    "    float lit = 1.0;\n"                                                                                           \
    "    if (u_shadows != 0)\n" /* one comparison; linear filtering blends four texels */                              \
    "        lit = texture(u_shadow, vec3(v_light.xy, v_light.z - 0.0002));\n"                                         \
    "    return vec4(min(v_ambient + v_direct * lit, vec3(1.0)), v_alpha * u_alpha);\n"                                \
    "}\n"

const char* const kLitFragment = "#version 330 core\n" BP_SHADE_FUNCTIONS "void main() { o_colour = shade(); }\n";

const char* const kWallFragment =
    "#version 330 core\n" BP_SHADE_FUNCTIONS "void main() {\n"
    "    if (v_facing > 0.5 && v_z > 0.6) discard;\n" /* the wall toward the camera, above a kerb */
    "    o_colour = shade();\n"
    "}\n";

const char* const kBoothVertex = "#version 330 core\n" BP_LIGHT_FUNCTIONS R"(
layout(location = 0) in vec4 a_uvz;     // u, v, zf, zm (see TemplateVertex)
layout(location = 1) in float a_part;
layout(location = 2) in vec2 a_origin;
layout(location = 3) in vec2 a_along;
layout(location = 4) in vec3 a_size;    // length, depth, height
layout(location = 5) in vec4 a_rgba;
layout(location = 6) in uint a_flags;
uniform mat4 u_vp;
const float kInset = 0.3;  // a stand stands back from its plot's edges
void main() {
    int part = int(a_part + 0.5);
    bool raw = (a_flags & 16u) != 0u;
    int side = part < 4 ? part : 0;
    bool open = part < 4 && ((a_flags >> uint(side)) & 1u) != 0u;
    // A side is a fascia where a shell booth is open, else a wall.
    bool fascia = part < 4 && open && !raw, wall = part < 4 && !fascia;
    bool edge = ((a_flags >> uint(5 + side)) & 1u) != 0u;
    vec2 across = vec2(-a_along.y, a_along.x);
    vec2 uv = a_uvz.xy * a_size.xy;
    if (raw && part != 8) uv = vec2(kInset) + a_uvz.xy * (a_size.xy - 2.0 * kInset);
    vec3 normal = vec3(0.0, 0.0, 1.0);
    if (part != 8 && part != 9) {
        vec2 dirs[4] = vec2[4](-across, across, -a_along, a_along);
        normal = vec3(dirs[side], 0.0);
    }
    vec2 xy = a_origin + a_along * uv.x + across * uv.y;
    if (fascia) xy += normal.xy * 0.01; // the fascia board in front of the wall line
    // A shell wall is a thin panel 1.5 cm inside the booth's edge: neighbours' walls stand apart.
    if (wall && !raw) xy -= normal.xy * 0.015;
    // Walls and fascias are one panel seen from both sides. Seen from outside, a wall shows on a
    // raw stand and on a closed side on the block's edge (between two booths the outer face is left
    // out: the camera looks into the booth); seen from inside, on a shell booth's closed sides. The
    // eye's side of the panel decides, as face culling did for a front and a back face.
    bool from_outside = dot(normal.xy, u_eye.xy - xy) > 0.0;
    bool shown = part == 8 || (part == 9 && raw) || fascia ||
                 (wall && (from_outside ? raw || (!open && edge) : !raw && !open));
    if (!shown) { gl_Position = vec4(0.0, 0.0, -2.0, 1.0); return; }
    float z = fascia ? a_size.z + a_uvz.w : wall ? a_uvz.z * a_size.z : a_uvz.z * a_size.z + a_uvz.w;
    vec3 white = vec3(0.949);
    vec3 c = part == 8 ? mix(a_rgba.rgb, vec3(1.0), raw ? 0.55 : 0.35)
           : raw ? (part == 9 ? mix(a_rgba.rgb, vec3(1.0), 0.15) : a_rgba.rgb)
           : wall ? white : a_rgba.rgb;
    vec3 pos = vec3(xy, z);
    light(pos, normal, vec4(c, 1.0));
    gl_Position = u_vp * vec4(pos, 1.0);
}
)";

const char* const kMapVertex = "#version 330 core\n"
                               "layout(location = 0) in vec3 a_pos;\n"
                               "layout(location = 1) in vec2 a_uv;\n"
                               "uniform mat4 u_vp;\n" BP_LIGHT_FUNCTIONS "out vec2 v_uv;\n"
                               "void main() {\n"
                               "    light(a_pos, vec3(0.0, 0.0, 1.0), vec4(1.0));\n"
                               "    v_uv = a_uv;\n"
                               "    gl_Position = u_vp * vec4(a_pos, 1.0);\n"
                               "}\n";

const char* const kMapFragment = "#version 330 core\n" BP_SHADE_FUNCTIONS "uniform sampler2D u_map;\n"
                                 "uniform int u_lit;\n" /* 0: the plan, colours as they are */
                                 "in vec2 v_uv;\n"
                                 "void main() {\n"
                                 "    vec4 t = texture(u_map, v_uv);\n"
                                 "    if (t.a < 0.5) discard;\n"
                                 "    o_colour = u_lit == 1 ? vec4(t.rgb * shade().rgb, 1.0) : vec4(t.rgb, 1.0);\n"
                                 "}\n";

const char* const kDepthVertex = R"(#version 330 core
layout(location = 0) in vec3 a_pos;
uniform mat4 u_vp;
void main() { gl_Position = u_vp * vec4(a_pos, 1.0); }
)";

const char* const kDepthFragment = R"(#version 330 core
void main() {}
)";

} // namespace bp::gl::shader
