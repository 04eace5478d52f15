#include "text_template.h"

namespace bp
{

std::string fill_template(std::string_view form, std::span<const std::string_view> args)
{
    std::string out;
    out.reserve(form.size() + 16);
    for (size_t i = 0; i < form.size(); ++i)
    {
        if (form[i] == '{' && i + 2 < form.size() && form[i + 1] >= '0' && form[i + 1] <= '9' && form[i + 2] == '}')
        {
            const auto n = static_cast<size_t>(form[i + 1] - '0');
            if (n < args.size())
                out += args[n];
            i += 2;
            continue;
        }
        out += form[i];
    }
    return out;
}

} // namespace bp
