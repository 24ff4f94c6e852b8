// The files `bizmap init` writes: a small, commented model of a one-person
// business that checks clean, and a configuration to go with it.
#include "cli/starter_model.hpp"

namespace bizmap {

const std::string_view starter_model =
    R"starter(# yaml-language-server: $schema=.bizmap.schema.json
# A starter model for bizmap: a one-person photography business, described as
# systems (what the business achieves) made of processes (how the work gets
# done). Replace it with your own business, then run `bizmap check` after each
# change. docs/model.md describes every key. The first line points editors
# at .bizmap.schema.json, the format's JSON Schema (`bizmap schema` writes it
# anew): completion, hover and checks as you type. docs/editors.md has more.

# The format version: every model file starts with it.
bizmap: 1

business:
  name: Fern & Field Photography
  description: Family and small-event photography, run by one photographer.

# Catalogues name the parts. Once a catalogue exists, bizmap checks every
# reference against it, so a typo in an owner or a tool is caught.

# Roles: who owns, manages or performs work. A kind is person (the default),
# team, vendor or automation.
roles:
  - id: photographer
    name: Sam (owner and photographer)
  - id: second-shooter
    name: Freelance second shooter
    kind: vendor
    description: Hired for events that need a second camera.
  - id: booking-automation
    name: Booking app workflows
    kind: automation
    description: Sends contracts, reminders and deposit requests.

# Tools: the software and equipment the work runs on.
tools:
  - id: email
    name: Email
  - id: booking-app
    name: Booking app
    description: Proposals, contracts, deposits and the shoot calendar.
  - id: editing-app
    name: Photo editing app
  - id: gallery-host
    name: Online gallery
    description: Where clients view, download and order their photos.

# Data: the information handed from process to process.
data:
  - id: inquiry
    name: Client inquiry
    fields: [name, email, date, kind of shoot]
  - id: proposal
    name: Proposal with package and price
  - id: booking
    name: Confirmed booking
    description: Signed contract and paid deposit.
    fields: [date, location, package, deposit]
    system_of_record: booking-app
  - id: edited-photos
    name: Edited photos
  - id: client-gallery
    name: Delivered gallery
    system_of_record: gallery-host
  - id: final-invoice
    name: Final invoice

# What crosses the boundary of the business: inquiries come in from clients;
# galleries and invoices go out to them.
external:
  inputs: [inquiry]
  outputs: [client-gallery, final-invoice]

# Systems are the *what*: a goal, the outcomes that fulfil it, and a manager
# who answers for them. Each holds the processes that do its work.
systems:
  - id: bookings
    name: Bookings
    goal: Turn inquiries into confirmed, paid-for shoots
    manager: photographer
    outcomes: [booking]
    tools: [email, booking-app]
    # Processes are the *how*: an owner, what starts them (a trigger or
    # inputs), what they hand off (outputs), and ordered steps.
    processes:
      - id: answer-inquiry
        name: Answer an inquiry
        owner: photographer
        layer: operational
        trigger: An inquiry arrives through the website form
        frequency: on-demand
        inputs: [inquiry]
        outputs: [proposal]
        steps:
          - Check the date is free in the calendar
          # A step can be a map: who does it, with which tool, how long it takes.
          - do: Reply with the matching package and price
            tool: email
            duration: 30m
            outputs: [proposal]
        # What-ifs say what to do when something goes wrong.
        what_ifs:
          - if: The date is already booked
            then: Offer the nearest free dates and a photographer friend's contact
      - id: confirm-booking
        name: Confirm a booking
        owner: photographer
        inputs: [proposal]
        outputs: [booking]
        tools: [booking-app]
        steps:
          - do: Send the contract and the deposit request
            by: booking-automation
            tool: booking-app
            automation: automated
            inputs: [proposal]
          - do: Add the shoot to the calendar once both are back
            tool: booking-app
            outputs: [booking]
        what_ifs:
          - if: The contract is not signed within 7 days
            then: Send one reminder, then release the date

  - id: delivery
    name: Delivery
    goal: Deliver photos clients love, and get paid in full
    manager: photographer
    outcomes: [client-gallery]
    tools: [editing-app, gallery-host]
    processes:
      - id: shoot-and-edit
        name: Shoot and edit
        owner: photographer
        inputs: [booking]
        outputs: [edited-photos]
        tools: [editing-app]
        steps:
          - Plan the shot list with the client a week before
          - do: Photograph the event
            duration: 4h
          - do: Cover the second room at events
            by: second-shooter
            automation: delegated
          - do: Cull and edit the photos
            tool: editing-app
            duration: 2d
            outputs: [edited-photos]
        what_ifs:
          - if: It rains on an outdoor shoot
            then: Move to the covered backup location agreed in the shot list
      - id: deliver-and-invoice
        name: Deliver the gallery and invoice
        owner: photographer
        inputs: [edited-photos]
        outputs: [client-gallery, final-invoice]
        steps:
          - do: Upload the photos to a private gallery and send the link
            tool: gallery-host
            inputs: [edited-photos]
            outputs: [client-gallery]
          - do: Send the final invoice for the balance
            tool: booking-app
            outputs: [final-invoice]
        what_ifs:
          - if: The invoice is unpaid after 14 days
            then: Send a friendly reminder, then call
)starter";

const std::string_view starter_configuration =
    R"starter(# Configuration of `bizmap check` for the model in this folder. Every key is
# optional: delete what you do not need.

# Rules to change. A rule takes a severity (error, warning, info) or off, or a
# map with a severity and the rule's options. `bizmap rules` lists every rule;
# `bizmap explain RULE` shows what one checks and how to fix what it finds.
rules:
  # Warn when one person owns more than 8 processes.
  owner-overload: {severity: warning, max: 8}
  # Catalogue entries nothing uses are only worth a note.
  unused-tool: info

# The lowest severity that makes `bizmap check` fail (exit code 1): error,
# warning or info. Failing on warnings keeps gaps from piling up.
fail_on: warning

# Files to leave out of the model: work in progress.
exclude: ["drafts/**"]
)starter";

} // namespace bizmap
