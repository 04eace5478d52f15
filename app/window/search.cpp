// Exhibitor and pavilion search for the Find box.
#include "search.h"

#include <algorithm>

namespace bp::win
{

std::string fold_for_search(const std::string& text)
{
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i)
    {
        unsigned char c = static_cast<unsigned char>(text[i]);
        // Arabic yeh U+064A (D9 8A) -> Farsi yeh U+06CC (DB 8C); Arabic kaf U+0643 (D9 83) -> keheh U+06A9 (DA A9).
        if (c == 0xD9 && i + 1 < text.size())
        {
            unsigned char d = static_cast<unsigned char>(text[i + 1]);
            if (d == 0x8A)
            {
                out += "\xDB\x8C";
                ++i;
                continue;
            }
            if (d == 0x83)
            {
                out += "\xDA\xA9";
                ++i;
                continue;
            }
        }
        out += (c < 0x80) ? static_cast<char>(std::tolower(c)) : static_cast<char>(c);
    }
    size_t a = out.find_first_not_of(' '), b = out.find_last_not_of(' ');
    return a == std::string::npos ? std::string() : out.substr(a, b - a + 1);
}

namespace
{

// 0 exact, 1 prefix, 2 anywhere, -1 no match.
int match(const std::string& folded_field, const std::string& q)
{
    if (folded_field.empty())
        return -1;
    size_t at = folded_field.find(q);
    if (at == std::string::npos)
        return -1;
    if (at == 0)
        return folded_field.size() == q.size() ? 0 : 1;
    return 2;
}

int best_of(std::initializer_list<int> ranks)
{
    int best = -1;
    for (int r : ranks)
        if (r >= 0 && (best < 0 || r < best))
            best = r;
    return best;
}

} // namespace

std::vector<SearchHit> search(const Project& project, const std::vector<BoothId>& booth_of_exhibitor,
                              const std::string& query, size_t limit)
{
    std::string q = fold_for_search(query);
    std::vector<SearchHit> hits;
    if (q.empty())
        return hits;
    for (size_t i = 0; i < project.pavilions.size(); ++i)
    {
        int r = match(fold_for_search(project.pavilions[i].name), q);
        if (r >= 0)
            hits.push_back({SearchHit::Kind::Pavilion, {}, PavilionId(static_cast<int32_t>(i)), {}, r});
    }
    for (size_t i = 0; i < project.exhibitors.size(); ++i)
    {
        const Exhibitor& x = project.exhibitors[i];
        BoothId booth = i < booth_of_exhibitor.size() ? booth_of_exhibitor[i] : BoothId();
        int by_booth = booth.valid() ? match(fold_for_search(project.booth(booth).number), q) : -1;
        int by_country = fold_for_search(x.country) == q ? 1 : -1; // a country code finds all its firms
        int r = best_of({match(fold_for_search(x.code), q), by_booth, by_country, match(fold_for_search(x.name), q),
                         match(fold_for_search(x.name_local), q)});
        if (r >= 0)
            hits.push_back({SearchHit::Kind::Exhibitor, ExhibitorId(static_cast<int32_t>(i)), x.pavilion, booth, r});
    }
    for (size_t i = 0; i < project.booths.size(); ++i)
        if (!project.booths[i].exhibitor.valid())
        {
            int r = match(fold_for_search(project.booths[i].number), q);
            if (r == 0 || r == 1)
                hits.push_back({SearchHit::Kind::Booth, {}, {}, BoothId(static_cast<int32_t>(i)), r});
        }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) { return a.rank < b.rank; });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

} // namespace bp::win
