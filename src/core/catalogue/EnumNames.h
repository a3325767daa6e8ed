#pragma once

// The spelling of every enumerated catalogue value, in one table per enum, so that the
// reader, the validator's messages and the UI agree on the words.

#include "core/catalogue/PointTypes.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace acu {

template <typename E> struct EnumTable;

#define ACU_ENUM_TABLE(E, N, ...)                                                                                      \
    template <> struct EnumTable<E> {                                                                                  \
        static constexpr std::array<std::pair<E, std::string_view>, N> entries{{__VA_ARGS__}};                         \
    }

ACU_ENUM_TABLE(SourceKind, 3, {SourceKind::Article, "article"}, {SourceKind::Standard, "standard"},
               {SourceKind::Editorial, "editorial"});
ACU_ENUM_TABLE(Laterality, 2, {Laterality::Midline, "midline"}, {Laterality::Bilateral, "bilateral"});
ACU_ENUM_TABLE(Side, 3, {Side::Left, "left"}, {Side::Right, "right"}, {Side::Midline, "midline"});
ACU_ENUM_TABLE(EnglishNameKind, 3, {EnglishNameKind::Translation, "translation"}, {EnglishNameKind::Article, "article"},
               {EnglishNameKind::Acupressure, "acupressure"});
ACU_ENUM_TABLE(AliasScheme, 7, {AliasScheme::Who, "who"}, {AliasScheme::PrefixVariant, "prefix-variant"},
               {AliasScheme::OlderBladder, "older-bladder"}, {AliasScheme::French, "french"},
               {AliasScheme::OlderExtra, "older-extra"}, {AliasScheme::Name, "name"},
               {AliasScheme::Mislabel, "mislabel"});
ACU_ENUM_TABLE(Helper, 2, {Helper::Self, "self"}, {Helper::Helper, "helper"});
ACU_ENUM_TABLE(CautionTopic, 2, {CautionTopic::Pregnancy, "pregnancy"}, {CautionTopic::General, "general"});
ACU_ENUM_TABLE(CautionLevel, 2, {CautionLevel::Contraindicated, "contraindicated"}, {CautionLevel::Caution, "caution"});
ACU_ENUM_TABLE(DisagreementTopic, 9, {DisagreementTopic::Location, "location"}, {DisagreementTopic::Finding, "finding"},
               {DisagreementTopic::Technique, "technique"}, {DisagreementTopic::Duration, "duration"},
               {DisagreementTopic::Repetitions, "repetitions"}, {DisagreementTopic::AppliedBy, "appliedBy"},
               {DisagreementTopic::Pregnancy, "pregnancy"}, {DisagreementTopic::Label, "label"},
               {DisagreementTopic::Name, "name"});
ACU_ENUM_TABLE(NoteKind, 2, {NoteKind::Correction, "correction"}, {NoteKind::Remark, "remark"});

#undef ACU_ENUM_TABLE

/// "bilateral" -> Laterality::Bilateral; an unknown word -> nullopt.
template <typename E> [[nodiscard]] constexpr std::optional<E> parseEnum(std::string_view word)
{
    for (const auto& [value, name] : EnumTable<E>::entries) {
        if (name == word)
            return value;
    }
    return std::nullopt;
}

/// Laterality::Bilateral -> "bilateral".
template <typename E> [[nodiscard]] constexpr std::string_view enumName(E value)
{
    for (const auto& [candidate, name] : EnumTable<E>::entries) {
        if (candidate == value)
            return name;
    }
    return {};
}

/// The allowed words, for messages: "midline, bilateral".
template <typename E> [[nodiscard]] std::string enumNames()
{
    std::string out;
    for (const auto& entry : EnumTable<E>::entries) {
        if (!out.empty())
            out += ", ";
        out += entry.second;
    }
    return out;
}

} // namespace acu
