-- ---------------------------------------------------------------------------
-- The dissector (fixed part, from codegen/src/wireshark.lua). The tables above
-- come from the spec; everything below only reads them.
-- ---------------------------------------------------------------------------

local proto = Proto("magtek_mms", "MagTek MMS")

local message_types = {
    [0x01] = "Request", [0x81] = "Request (device to host)",
    [0x02] = "Response (host to device)", [0x82] = "Response",
    [0x03] = "Notification (host to device)", [0x83] = "Notification",
    [0x04] = "Data file to device", [0x84] = "Data file from device",
}
local hid_packet_types = {
    [0] = "Single packet", [1] = "Head", [2] = "Middle", [3] = "Tail", [4] = "Cancel",
}
local directions = { [0] = "Host to device", [1] = "Device to host" }
local links = { [0] = "Other", [1] = "Serial (SLIP)", [2] = "WebSocket", [3] = "USB HID" }

local fixed = {
    hid_type = ProtoField.uint8("magtek_mms.hid.type", "HID packet type", base.HEX, hid_packet_types),
    hid_len = ProtoField.uint8("magtek_mms.hid.len", "Bytes in this packet", base.DEC),
    hid_total = ProtoField.uint32("magtek_mms.hid.total", "Message length", base.DEC),
    hid_number = ProtoField.uint16("magtek_mms.hid.number", "Packet number", base.DEC),
    hid_reason = ProtoField.uint16("magtek_mms.hid.cancel_reason", "Cancel reason", base.HEX),
    hid_data = ProtoField.bytes("magtek_mms.hid.data", "Message bytes"),
    hid_problem = ProtoField.string("magtek_mms.hid.problem", "Framing problem"),
    record_dir = ProtoField.uint8("magtek_mms.record.direction", "Direction", base.HEX, directions),
    record_link = ProtoField.uint8("magtek_mms.record.link", "Link", base.HEX, links),
    start = ProtoField.uint8("magtek_mms.start", "Start of message", base.HEX),
    version = ProtoField.uint8("magtek_mms.version", "API version", base.HEX),
    msg_type = ProtoField.uint8("magtek_mms.msg_type", "Message type", base.HEX, message_types),
    ref = ProtoField.uint8("magtek_mms.ref", "Reference number", base.DEC),
    cmd = ProtoField.uint16("magtek_mms.cmd", "Command", base.HEX, commands),
    notification = ProtoField.uint16("magtek_mms.notification", "Notification", base.HEX, notifications),
    file_type = ProtoField.uint32("magtek_mms.file_type", "File type", base.HEX, file_types),
    info_extra = ProtoField.bytes("magtek_mms.info_extra", "More message information"),
    status = ProtoField.uint32("magtek_mms.status", "Status", base.HEX),
    status_summary = ProtoField.uint8("magtek_mms.status.summary", "Summary", base.HEX, status_summary),
    status_group = ProtoField.uint8("magtek_mms.status.group", "Detail group", base.HEX, status_groups),
    status_detail = ProtoField.uint24("magtek_mms.status.detail", "Detail", base.HEX, status_details),
    detail = ProtoField.uint32("magtek_mms.detail", "Notification detail", base.HEX),
    detail_name = ProtoField.string("magtek_mms.detail.name", "Detail meaning"),
    additional = ProtoField.bytes("magtek_mms.additional", "Additional details"),
    payload = ProtoField.bytes("magtek_mms.payload", "Payload"),
    payload_id = ProtoField.uint16("magtek_mms.payload_id", "Payload ID", base.HEX),
    file = ProtoField.bytes("magtek_mms.file", "File data"),
    reserved = ProtoField.bytes("magtek_mms.reserved", "Reserved"),
    tlv = ProtoField.bytes("magtek_mms.tlv", "TLV not in the spec"),
    tag = ProtoField.uint32("magtek_mms.tag", "Tag", base.HEX),
    len = ProtoField.uint32("magtek_mms.len", "Length", base.DEC),
    problem = ProtoField.string("magtek_mms.problem", "Malformed"),
}

local all_fields = {}
for _, f in pairs(fixed) do all_fields[#all_fields + 1] = f end
for _, f in ipairs(field_list) do all_fields[#all_fields + 1] = f end
proto.fields = all_fields

-- A BER-TLV header at `offset` of `tvb`: tag (hex), tag number, header length
-- and value length, or nil and why.
local function tlv_header(tvb, offset, limit)
    if offset >= limit then return nil, "no tag" end
    local start = offset
    local first = tvb(offset, 1):uint()
    offset = offset + 1
    if first % 0x20 == 0x1F then
        repeat
            if offset >= limit then return nil, "tag runs past the end" end
            local b = tvb(offset, 1):uint()
            offset = offset + 1
        until b < 0x80 or offset - start > 4
    end
    local tag_len = offset - start
    if offset >= limit then return nil, "no length after the tag" end
    local l = tvb(offset, 1):uint()
    offset = offset + 1
    if l >= 0x80 then
        local n = l - 0x80
        if n == 0 or n > 4 or offset + n > limit then return nil, "bad long length form" end
        l = tvb(offset, n):uint()
        offset = offset + n
    end
    if offset + l > limit then
        return nil, string.format("length %d runs past the end (%d bytes left)", l, limit - offset)
    end
    return {
        hex = tvb(start, tag_len):bytes():tohex(),
        number = tvb(start, math.min(tag_len, 4)):uint(),
        constructed = first % 0x40 >= 0x20,
        header = offset - start,
        len = l,
    }
end

local function enum_name(values, hex)
    if not values then return nil end
    for _, v in ipairs(values) do
        if #v == 2 then
            if v[1] == hex then return v[2] end
        elseif #hex == #v[1] and v[1] <= hex and hex <= v[2] then
            return v[3]
        end
    end
    return nil
end

local function printable(tvb)
    local s = tvb:raw()
    s = s:gsub("%z+$", "")
    if #s == 0 or s:find("[^\32-\126]") then return nil end
    return s
end

-- Whether the TLVs at `offset` carry every row `layout` marks required (`r`), and each TLV
-- read by rows of its own (`n`) fits those: how one of a detail code's payload tables is
-- chosen, as in `mms decode`. Malformed TLVs fit nothing. The recursion follows the layout,
-- not the data.
local function fits(tvb, offset, len, layout)
    local limit = offset + len
    local seen = {}
    while offset < limit do
        local h = tlv_header(tvb, offset, limit)
        if not h then return false end
        local def = layout[h.hex]
        if def and def.n and not fits(tvb, offset + h.header, h.len, def.c) then return false end
        seen[h.hex] = true
        offset = offset + h.header + h.len
    end
    for hex, def in pairs(layout) do
        if def.r and not seen[hex] then return false end
    end
    return true
end

-- Adds the TLVs of tvb(offset, len) to `tree`, named by `layout` (a table from
-- tag hex to {f = field index, v = values, c = nested layout, t = text, r = required,
-- n = read by its own rows}).
local function add_tlvs(tvb, offset, len, tree, layout)
    local limit = offset + len
    while offset < limit do
        local h, why = tlv_header(tvb, offset, limit)
        if not h then
            tree:add(fixed.problem, tvb(offset, limit - offset), "TLV at byte " .. offset .. ": " .. why)
            return
        end
        local whole = tvb(offset, h.header + h.len)
        local value = tvb(offset + h.header, h.len)
        local def = layout and layout[h.hex]
        local item
        if def then
            -- The item covers the value (its bytes are the field's value); empty values show the header.
            item = tree:add(field_list[def.f], h.len > 0 and value or whole)
            item:prepend_text("[" .. h.hex .. "] ")
            local hex = h.len > 0 and value:bytes():tohex() or ""
            local name = enum_name(def.v, hex)
            if name then
                item:append_text(" (" .. name .. ")")
            elseif h.len > 0 and (def.t or not h.constructed) then
                local text = printable(value)
                if text then item:append_text(' "' .. text .. '"') end
            end
        else
            item = tree:add(fixed.tlv, whole)
            item:prepend_text("[" .. h.hex .. "] ")
        end
        item:add(fixed.tag, tvb(offset, h.header), h.number)
        item:add(fixed.len, tvb(offset, h.header), h.len)
        -- A primitive tag whose row is read by rows of its own (`84` holding `F5`) is shown
        -- as TLVs when its value is a well-formed run of them.
        local nested = h.constructed or (def and def.n and fits(tvb, offset + h.header, h.len, {}))
        if nested and h.len > 0 then
            add_tlvs(tvb, offset + h.header, h.len, item, def and def.c)
        end
        offset = offset + h.header + h.len
    end
end

local function hex_of(tvb) return tvb:bytes():tohex() end

-- Dissects one whole MMS message.
local function dissect_message(tvb, pinfo, tree)
    local len = tvb:len()
    pinfo.cols.protocol = "MagTek MMS"
    local root = tree:add(proto, tvb())
    if len < 2 then
        root:add(fixed.problem, tvb(), "message shorter than 2 bytes")
        return
    end
    root:add(fixed.start, tvb(0, 1))
    root:add(fixed.version, tvb(1, 1))
    if tvb(0, 1):uint() ~= 0xAA then
        root:add(fixed.problem, tvb(0, 1), "start byte is not 0xAA")
    end
    local kind, id, ref, status, status_tvb, payload
    local offset = 2
    while offset < len do
        local h, why = tlv_header(tvb, offset, len)
        if not h then
            root:add(fixed.problem, tvb(offset, len - offset), "envelope at byte " .. offset .. ": " .. why)
            break
        end
        local value = tvb(offset + h.header, h.len)
        local whole = tvb(offset, h.header + h.len)
        if h.hex == "81" and h.len >= 4 then
            local info = root:add(proto, whole, "Message information (81)")
            kind = value(0, 1):uint()
            ref = value(1, 1):uint()
            id = value(2, 2):uint()
            info:add(fixed.msg_type, value(0, 1))
            info:add(fixed.ref, value(1, 1))
            if kind % 0x80 == 3 then
                info:add(fixed.notification, value(2, 2))
            else
                info:add(fixed.cmd, value(2, 2))
            end
            if h.len == 8 and kind % 0x80 == 4 then
                info:add(fixed.file_type, value(4, 4))
            elseif h.len > 4 then
                info:add(fixed.info_extra, value(4, h.len - 4))
            end
        elseif h.hex == "82" then
            status_tvb = value
        elseif h.hex == "83" then
            root:add(fixed.additional, value)
        elseif h.hex == "84" then
            payload = value
        elseif h.hex == "9E" then
            root:add(fixed.reserved, value)
        else
            root:add(fixed.tlv, whole):prepend_text("[" .. h.hex .. "] ")
        end
        offset = offset + h.header + h.len
    end
    local is_notification = kind and kind % 0x80 == 3
    if status_tvb and status_tvb:len() == 4 then
        status = status_tvb:uint()
        if is_notification then
            local item = root:add(fixed.detail, status_tvb)
            local names = notification_details[id]
            local name = names and names[status]
            if name then
                item:append_text(" (" .. name .. ")")
                item:add(fixed.detail_name, status_tvb, name)
            end
        else
            local item = root:add(fixed.status, status_tvb)
            local summary = status_summary[status_tvb(0, 1):uint()]
            local detail = status_details[status_tvb(1, 3):uint()]
            if summary then item:append_text(" (" .. summary .. (detail and ", " .. detail or "") .. ")") end
            item:add(fixed.status_summary, status_tvb(0, 1))
            item:add(fixed.status_group, status_tvb(1, 1))
            item:add(fixed.status_detail, status_tvb(1, 3))
        end
    elseif status_tvb then
        root:add(fixed.status, status_tvb):append_text(" (not 4 bytes)")
    end
    local layout
    if kind then
        local base_kind = kind % 0x80
        if base_kind == 1 or base_kind == 2 then
            local t = command_layouts[id]
            layout = t and (kind == 0x01 and t.request or t.response)
        elseif base_kind == 3 then
            local t = notification_layouts[id]
            local tables = t and status and t.by_detail[status]
            layout = t and t.default
            if tables then
                layout = tables[1]
                -- Alternatives: the first the payload's TLVs fit.
                if #tables > 1 and payload and payload:len() > 2 then
                    for _, candidate in ipairs(tables) do
                        if fits(payload:tvb(), 2, payload:len() - 2, candidate) then
                            layout = candidate
                            break
                        end
                    end
                end
            end
        end
    end
    if payload then
        local item = root:add(fixed.payload, payload)
        if kind and kind % 0x80 == 4 then
            item:add(fixed.file, payload)
        elseif payload:len() >= 2 then
            item:add(fixed.payload_id, payload(0, 2))
            if payload:len() > 2 then
                add_tlvs(payload:tvb(), 2, payload:len() - 2, item, layout)
            end
        end
    end
    -- The summary line, as `mms decode` prints it.
    local what = kind and (message_types[kind] or string.format("type 0x%02X", kind)) or "MMS"
    local name = id and ((is_notification and notifications[id]) or (not is_notification and commands[id]))
    local text = what
    if id then text = text .. string.format(" %s(0x%04X)", name and (name .. " ") or "", id) end
    if ref then text = text .. " ref " .. ref end
    if status then text = text .. string.format(" %s %08X", is_notification and "detail" or "status", status) end
    root:append_text(", " .. text)
    pinfo.cols.info:append(" " .. text)
end

-- HID reports: single packets carry a message; head, middles and a tail are
-- put back together on the first pass (per source and destination), and the
-- message is shown with the tail's frame.
local reassembled = {}  -- frame number -> list of hex messages completed there
local problems = {}     -- frame number -> list of framing problems found there
local streams = {}      -- "src>dst" -> {total, parts, received, next}
local claimed = {}      -- frame numbers of HID reports taken on the first pass
local known = {}        -- "src>dst" keys that have carried MMS reports

local function note(list, frame, text)
    local l = list[frame]
    if not l then l = {}; list[frame] = l end
    l[#l + 1] = text
end

-- Mirrors the runtime's Reassembler: after an error inside a multi-packet
-- message, its remaining middles and tail are dropped quietly.
local function hid_first_pass(tvb, pinfo, key)
    local frame = pinfo.number
    local ptype = tvb(0, 1):uint()
    local len = tvb:len()
    local s = streams[key]
    local function fail(text, skip)
        note(problems, frame, text)
        streams[key] = skip and { skipping = true } or nil
    end
    if ptype == 0 or ptype == 1 then
        if s and not s.skipping then
            note(problems, frame, string.format(
                "multi-packet message dropped after %d of %d bytes: a new message started", s.received, s.total))
        end
        streams[key] = nil
    end
    if ptype == 0 then
        local n = len >= 2 and tvb(1, 1):uint() or 0
        if len >= 2 and n <= 62 and 2 + n <= len then
            note(reassembled, frame, hex_of(tvb(2, n)))
        else
            fail("single packet length field is bad", false)
        end
    elseif ptype == 1 then
        if len < 64 then
            fail("head packet is truncated", true)
        else
            streams[key] = { total = tvb(1, 4):uint(), parts = { hex_of(tvb(5, 59)) }, received = 59, next = 1 }
        end
    elseif ptype == 2 then
        local number = len >= 3 and tvb(1, 2):uint() or -1
        if s and s.skipping then return end
        if not s then
            fail("middle packet " .. number .. " without a head", false)
        elseif number ~= s.next then
            fail("middle packet " .. number .. " where " .. s.next .. " was expected; message dropped", true)
        elseif len < 64 or s.total - s.received <= 62 then
            fail("middle packet runs past the declared total; message dropped", true)
        else
            s.parts[#s.parts + 1] = hex_of(tvb(3, 61))
            s.received = s.received + 61
            s.next = s.next + 1
        end
    elseif ptype == 3 then
        local n = len >= 2 and tvb(1, 1):uint() or -1
        streams[key] = nil
        if s and s.skipping then return end
        if not s then
            note(problems, frame, "tail packet without a head")
        elseif n ~= s.total - s.received or 2 + n > len then
            note(problems, frame, "tail carries " .. n .. " bytes but the message needs " .. (s.total - s.received) .. " more; message dropped")
        else
            s.parts[#s.parts + 1] = hex_of(tvb(2, n))
            note(reassembled, frame, table.concat(s.parts))
        end
    elseif ptype == 4 then
        local reason = len >= 3 and tvb(1, 2):uint() or 0
        note(problems, frame, string.format("sender cancelled the message (reason 0x%04X)%s", reason,
            (s and not s.skipping) and (" after " .. s.received .. " of " .. s.total .. " bytes") or ""))
        streams[key] = nil
    else
        fail(string.format("unknown HID packet type 0x%02X", ptype), s ~= nil)
    end
end

local function dissect_hid(tvb, pinfo, tree)
    local len = tvb:len()
    if len == 0 then return 0 end
    if not pinfo.visited then
        local key = tostring(pinfo.src) .. ">" .. tostring(pinfo.dst)
        claimed[pinfo.number] = true
        known[key] = true
        hid_first_pass(tvb, pinfo, key)
    end
    pinfo.cols.protocol = "MagTek MMS"
    local ptype = tvb(0, 1):uint()
    local hid = tree:add(proto, tvb(), "MagTek MMS HID report")
    hid:add(fixed.hid_type, tvb(0, 1))
    if ptype == 0 and len >= 2 then
        hid:add(fixed.hid_len, tvb(1, 1))
    elseif ptype == 1 and len >= 5 then
        hid:add(fixed.hid_total, tvb(1, 4))
        pinfo.cols.info:append(" MMS head of a " .. tvb(1, 4):uint() .. "-byte message")
    elseif ptype == 2 and len >= 3 then
        hid:add(fixed.hid_number, tvb(1, 2))
        pinfo.cols.info:append(" MMS middle packet " .. tvb(1, 2):uint())
    elseif ptype == 3 and len >= 2 then
        hid:add(fixed.hid_len, tvb(1, 1))
    elseif ptype == 4 and len >= 3 then
        hid:add(fixed.hid_reason, tvb(1, 2))
    end
    for _, text in ipairs(problems[pinfo.number] or {}) do
        hid:add(fixed.hid_problem, tvb(0, 1), text)
        pinfo.cols.info:append(" [" .. text .. "]")
    end
    for i, hex in ipairs(reassembled[pinfo.number] or {}) do
        if ptype == 0 then
            dissect_message(tvb(2, tvb(1, 1):uint()):tvb(), pinfo, tree)
        else
            dissect_message(ByteArray.new(hex):tvb("Reassembled MMS message"), pinfo, tree)
        end
    end
    return len
end

-- Records of link type 147 (LINKTYPE_USER0) written by mms-capture: direction,
-- link, then one whole message.
local record_proto = Proto("magtek_mms_record", "MagTek MMS record")
record_proto.fields = {}
local function dissect_record(tvb, pinfo, tree)
    if tvb:len() < 2 then return 0 end
    local sub = tree:add(proto, tvb(0, 2), "MagTek MMS record")
    sub:add(fixed.record_dir, tvb(0, 1))
    sub:add(fixed.record_link, tvb(1, 1))
    if tvb(0, 1):uint() == 0 then
        pinfo.cols.src = "host"; pinfo.cols.dst = "device"
    else
        pinfo.cols.src = "device"; pinfo.cols.dst = "host"
    end
    if tvb:len() > 2 then dissect_message(tvb(2):tvb(), pinfo, tree) end
    return tvb:len()
end
function record_proto.dissector(tvb, pinfo, tree) return dissect_record(tvb, pinfo, tree) end
DissectorTable.get("wtap_encap"):add(wtap_encaps.USER0, record_proto)

function proto.dissector(tvb, pinfo, tree) return dissect_hid(tvb, pinfo, tree) end

-- MagTek readers by vendor and product (known when the capture holds their
-- device descriptor) ...
local usb_product = DissectorTable.get("usb.product")
for _, product in ipairs(usb_products) do
    usb_product:add(0x08010000 + product, proto)
end

-- ... and otherwise by the look of the report: a single packet or head that
-- starts an MMS message, or any later report between the same endpoints.
local function heuristic(tvb, pinfo, tree)
    local len = tvb:len()
    if len ~= 64 then return false end
    local ptype = tvb(0, 1):uint()
    local key = tostring(pinfo.src) .. ">" .. tostring(pinfo.dst)
    local plausible = (ptype == 0 and tvb(1, 1):uint() >= 2 and tvb(1, 1):uint() <= 62 and tvb(2, 1):uint() == 0xAA)
        or (ptype == 1 and tvb(5, 1):uint() == 0xAA and tvb(1, 4):uint() > 59)
        or known[key] or claimed[pinfo.number]
    if not plausible then return false end
    dissect_hid(tvb, pinfo, tree)
    return true
end
proto:register_heuristic("usb.interrupt", heuristic)
