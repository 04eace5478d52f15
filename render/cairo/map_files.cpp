// Booth maps to files: PDF (overview, then a page per hall with index continuation pages), SVG
// and PNG of one page. Each is written to a temporary name and renamed.
#include "cairo_canvas.h"
#include "layout/io/file_util.h"
#include "render/export.h"
#include "render/painter/plan_painter.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>

#include <cmath>
#include <stdexcept>

namespace bp
{

namespace
{

void check(cairo_status_t st, const std::string& path)
{
    if (st != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error("cannot write " + path + ": " + cairo_status_to_string(st));
}

// Ends a PDF or SVG document: the context's and the surface's errors both count.
void finish_document(cairo_t* cr, cairo_surface_t* surface, const std::string& path)
{
    cairo_status_t st = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    if (st == CAIRO_STATUS_SUCCESS)
        st = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    check(st, path);
}

PageSpec page_points(PageSize size)
{
    switch (size)
    {
    case PageSize::A4:
        return {841.89, 595.28};
    case PageSize::A3:
        return {1190.55, 841.89};
    case PageSize::A1:
        return {2383.94, 1683.78};
    }
    return {};
}

// Draws the page the SVG/PNG export shows: the chosen hall, or the overview.
void draw_single_page(cairo_t* cr, const Project& project, const ExportOptions& options, PageSpec page)
{
    PlanDescription plan(project, options.colour_by);
    MapContext ctx{plan, export_date(options)};
    CairoCanvas canvas(cr);
    std::optional<HallId> hall = selected_hall(project, options);
    if (hall)
        paint_hall_page(canvas, ctx, *hall, page);
    else
        paint_overview_page(canvas, ctx, page);
}

} // namespace

void export_pdf(const Project& project, const std::string& path, const ExportOptions& options)
{
    PlanDescription plan(project, options.colour_by);
    MapContext ctx{plan, export_date(options)};
    std::optional<HallId> only = selected_hall(project, options);
    PageSpec page = page_points(options.page);
    TempFile tmp(path);
    cairo_surface_t* surface = cairo_pdf_surface_create(tmp.path().c_str(), page.w, page.h);
    std::string title = project.venue.name + " booth map";
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "boothplan");
    cairo_t* cr = cairo_create(surface);
    auto page_done = [&]
    {
        cairo_show_page(cr);
        cairo_identity_matrix(cr);
        cairo_new_path(cr);
    };
    if (!only)
    {
        CairoCanvas canvas(cr);
        paint_overview_page(canvas, ctx, page);
        page_done();
    }
    for (size_t i = 0; i < project.venue.halls.size(); ++i)
    {
        HallId h(static_cast<int32_t>(i));
        if (only && *only != h)
            continue;
        std::vector<IndexEntry> rest;
        {
            CairoCanvas canvas(cr); // one per page: its text layout is bound to the page's transform
            rest = paint_hall_page(canvas, ctx, h, page);
        }
        page_done();
        while (!rest.empty())
        {
            size_t before = rest.size();
            {
                CairoCanvas canvas(cr);
                rest = paint_index_page(canvas, ctx, h, std::move(rest), page);
            }
            page_done();
            if (rest.size() == before)
                break; // an entry taller than a page: never loops
        }
    }
    finish_document(cr, surface, path);
    tmp.commit();
}

void export_svg(const Project& project, const std::string& path, const ExportOptions& options)
{
    PageSpec page = page_points(options.page);
    TempFile tmp(path);
    cairo_surface_t* surface = cairo_svg_surface_create(tmp.path().c_str(), page.w, page.h);
    cairo_svg_surface_restrict_to_version(surface, CAIRO_SVG_VERSION_1_1);
    cairo_t* cr = cairo_create(surface);
    draw_single_page(cr, project, options, page);
    finish_document(cr, surface, path);
    tmp.commit();
}

void export_png(const Project& project, const std::string& path, const ExportOptions& options)
{
    if (!(options.dpi >= 10 && options.dpi <= 1200))
        throw_bad_option("--dpi", "must be between 10 and 1200");
    PageSpec page = page_points(options.page);
    double scale = options.dpi / 72.0;
    int w = static_cast<int>(std::lround(page.w * scale)), h = static_cast<int>(std::lround(page.h * scale));
    if (static_cast<double>(w) * h > 400e6)
        throw_bad_option("--dpi", "the image would exceed 400 megapixels; choose a lower DPI or a smaller page");
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
    cairo_t* cr = cairo_create(surface);
    cairo_scale(cr, scale, scale);
    draw_single_page(cr, project, options, page);
    cairo_status_t st = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_flush(surface);
    TempFile tmp(path);
    if (st == CAIRO_STATUS_SUCCESS)
        st = cairo_surface_write_to_png(surface, tmp.path().c_str());
    cairo_surface_destroy(surface);
    check(st, path);
    tmp.commit();
}

} // namespace bp
