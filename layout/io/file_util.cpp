// Whole-file reads and atomic writes.
#include "file_util.h"

#include "layout/model/diagnostics.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

namespace bp
{

std::string read_file(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(path, 0, "", std::string("cannot read: ") + std::strerror(errno));
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string read_file(const std::string& path, uintmax_t max_bytes, const std::string& what)
{
    std::error_code ec;
    uintmax_t size = std::filesystem::file_size(path, ec);
    if (!ec && size > max_bytes)
        throw InputError(path, 0, "",
                         std::to_string(size >> 20) + " MiB is larger than " + what + " can be (" +
                             std::to_string(max_bytes >> 20) + " MiB at most): refused unread");
    return read_file(path);
}

bool valid_utf8(const std::string& s)
{
    const auto* b = reinterpret_cast<const unsigned char*>(s.data());
    for (size_t i = 0, n = s.size(); i < n;)
    {
        unsigned char c = b[i];
        size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (len == 0 || i + len > n)
            return false;
        uint32_t cp = len == 1 ? c : c & (0x7Fu >> len);
        for (size_t k = 1; k < len; ++k)
        {
            if ((b[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (b[i + k] & 0x3Fu);
        }
        static constexpr uint32_t kMin[5] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < kMin[len] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return false;
        i += len;
    }
    return true;
}

void write_file_atomically(const std::string& path, const std::string& bytes)
{
    std::string tmp = path + ".tmp-" + std::to_string(getpid());
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        throw std::runtime_error("cannot write " + tmp + ": " + std::strerror(errno));
    size_t done = 0;
    while (done < bytes.size())
    {
        ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
        {
            int err = errno;
            ::close(fd);
            ::unlink(tmp.c_str());
            throw std::runtime_error("cannot write " + tmp + ": " + std::strerror(err));
        }
        done += static_cast<size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0)
    {
        ::unlink(tmp.c_str());
        throw std::runtime_error("cannot flush " + tmp + ": " + std::strerror(errno));
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0)
    {
        int err = errno;
        ::unlink(tmp.c_str());
        throw std::runtime_error("cannot rename " + tmp + " to " + path + ": " + std::strerror(err));
    }
}

TempFile::TempFile(std::string target) : target_(std::move(target))
{
    tmp_ = target_ + ".tmp-" + std::to_string(getpid());
}

TempFile::~TempFile()
{
    if (!done_)
        std::remove(tmp_.c_str());
}

void TempFile::commit()
{
    std::error_code ec;
    std::filesystem::rename(tmp_, target_, ec);
    if (ec)
        throw std::runtime_error("cannot write " + target_ + ": " + ec.message());
    done_ = true;
}

} // namespace bp
