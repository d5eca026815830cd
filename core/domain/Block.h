#pragma once

#include <QString>

#include <optional>

namespace Byline {

enum class BlockType { Paragraph, Heading, PullQuote, Quote };

[[nodiscard]] QString blockTypeName(BlockType type);
[[nodiscard]] std::optional<BlockType> blockTypeFromName(QStringView name);

// One piece of an article body. The id is stable and shared by every locale.
struct Block
{
    QString id;
    BlockType type = BlockType::Paragraph;
    QString text;      // paragraph, heading, pull quote
    QString quoteUid;  // expert quote

    friend bool operator==(const Block &, const Block &) = default;
};

} // namespace Byline
