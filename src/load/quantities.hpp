#pragma once

// How the format's quantity keys are read (docs/quantities.md): numbers of
// people and hours, volumes, durations and waits, `one_of` inputs and their
// shares, and the working calendar. The field tables of elements.cpp use
// these readers and the values they show.

#include "load/schema_reader.hpp"
#include "model/quantity_text.hpp"

#include <bizmap/model.hpp>
#include <optional>
#include <string_view>

namespace bizmap {

/// The range a number may take, and whether it must be whole.
struct NumberRange {
  double low = 0;
  double high = 0;
  bool whole = false;
  bool low_allowed = true; ///< whether `low` itself is allowed
};

/// A number in `range`; anything else is an invalid-value finding that says
/// what the key takes.
std::optional<double> read_number(SchemaReader& reader, const yaml::Node& value,
                                  std::string_view key, NumberRange range);

/// A duration `<number><m|h|d|w>`; one written as people say it ('1.5 hours')
/// is reported with the way to write it and read as meant.
std::optional<Duration> read_duration_value(SchemaReader& reader, const yaml::Node& value,
                                            std::string_view key);

/// `140` or `30/month`; `30 per month` is reported and read as meant.
std::optional<Volume> read_volume_value(SchemaReader& reader, const yaml::Node& value,
                                        std::string_view key);

/// A process's `inputs`: data ids and `one_of` maps with their `share`.
void read_process_inputs(SchemaReader& reader, const yaml::Node& key, const yaml::Node& value,
                         Process& process);

/// The checks a process needs once all its keys are read: a bare volume
/// needs a periodic frequency.
void check_process_quantities(SchemaReader& reader, const Process& process);
/// A person is one person: `people` other than 1 on one is a finding.
void check_role_quantities(SchemaReader& reader, const Role& role, const yaml::Node& entry);

/// The readers of the calendar's keys.
void read_calendar(SchemaReader& reader, const yaml::Node& key, const yaml::Node& value,
                   Business& business);
std::vector<FormatField> calendar_format();
std::vector<FormatField> input_choice_format();

/// The values the field tables show (diff, hovers, report facts).
ShownValue shown_volume(const Process& process);
ShownValue shown_inputs(const Process& process);
ShownValue shown_calendar(const Business& business);

} // namespace bizmap
