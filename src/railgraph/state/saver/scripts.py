"""The saver's Lua scripts: each public saver call is one of them, run with one EVALSHA.

Every script is idempotent, so a call may be resent after a dropped connection (see
:mod:`.connections`), and each touches only the keys of one thread (one hash tag, see
:mod:`.keys`), so it runs on a Redis Cluster too. Arguments are documented above each script;
the reply formats are decoded by :class:`~.codec.Codec`.
"""

from __future__ import annotations

__all__ = ["DELETE", "DELTA", "DELTA_MAX_HOPS", "GET", "PUT", "PUT_WRITES", "SCRIPTS"]

# Shared Lua: expand one blob into reply entries. A plain blob is one entry; a list
# stored as a log ("\1L<log>\0<n>") becomes its header, n digests and n items.
_EXPAND = """
local function expand(out, blob, base)
  if string.sub(blob, 1, 2) ~= '\\1L' then out[#out + 1] = blob; return end
  out[#out + 1] = blob
  local sep = string.find(blob, '\\0', 3, true)
  local log = string.sub(blob, 3, sep - 1)
  local n = tonumber(string.sub(blob, sep + 1))
  local digests = redis.call('LRANGE', base .. 'log:' .. log, 0, n - 1)
  for i = 1, #digests do out[#out + 1] = digests[i] end
  for start = 1, #digests, 1000 do
    local stop = math.min(start + 999, #digests)
    local items = redis.call('HMGET', base .. 'item', unpack(digests, start, stop))
    for i = 1, #items do out[#out + 1] = items[i] or '' end
  end
end
local function refresh(base, keys, ttl)
  for i = 1, #keys do redis.call('PEXPIRE', keys[i], ttl) end
  redis.call('PEXPIRE', base .. 'item', ttl)
  redis.call('PEXPIRE', base .. 'logs', ttl)
  for _, log in ipairs(redis.call('SMEMBERS', base .. 'logs')) do
    redis.call('PEXPIRE', base .. 'log:' .. log, ttl)
  end
end
"""

# KEYS: idx, cp, blob, w, wi   ARGV: thread base, ns, checkpoint id or "", ttl or "", refresh
GET = _EXPAND + """
local base, ns, cid = ARGV[1], ARGV[2], ARGV[3]
if cid == '' then
  local last = redis.call('ZREVRANGE', KEYS[1], 0, 0)
  if #last == 0 then return false end
  cid = last[1]
end
local head = ns .. '\\0' .. cid .. '\\0'
local rec = redis.call('HMGET', KEYS[2], head .. 'c', head .. 'm', head .. 'p', head .. 'v')
if not rec[1] then return false end
local out = {cid, rec[1], rec[2], rec[3] or '', rec[4] or ''}
local fields = {}
if rec[4] and rec[4] ~= '' then
  for pair in string.gmatch(rec[4], '[^\\2]+') do
    local sep = string.find(pair, '\\1', 1, true)
    fields[#fields + 1] = ns .. '\\0' .. string.sub(pair, 1, sep - 1) .. '\\0' .. string.sub(pair, sep + 1)
  end
end
if #fields > 0 then
  local values = redis.call('HMGET', KEYS[3], unpack(fields))
  for i = 1, #fields do expand(out, values[i] or '', base) end
end
out[#out + 1] = '\\1W'
local index = redis.call('HGET', KEYS[5], ns .. '\\0' .. cid)
if index then
  local wf = {}
  for f in string.gmatch(index, '[^\\1]+') do wf[#wf + 1] = f end
  local values = redis.call('HMGET', KEYS[4], unpack(wf))
  for i = 1, #wf do
    if values[i] then out[#out + 1] = wf[i]; out[#out + 1] = values[i] end
  end
end
if ARGV[4] ~= '' and ARGV[5] == '1' then refresh(base, KEYS, ARGV[4]) end
return out
"""

# One checkpoint in one atomic script. Lists are appended to their log when the
# log still ends where the caller last saw it; otherwise nothing is written and
# the conflicting channel is returned, so the caller rewrites that list in full.
# KEYS: idx, cp, blob, w, wi, ns
# ARGV: base, ns, cid, ttl, n_record, n_plain, n_lists,
#       record (field, value)*, plain blobs (field, value)*,
#       lists: field, log, expected (-1: new log), n_digests, n_items, digests*, (digest, item)*
PUT = _EXPAND + """
local A = ARGV
local base, ns, cid, ttl = A[1], A[2], A[3], A[4]
local n_record, n_plain, n_lists = tonumber(A[5]), tonumber(A[6]), tonumber(A[7])
local i = 8
local record = {}
for _ = 1, n_record do record[#record + 1] = A[i]; record[#record + 1] = A[i + 1]; i = i + 2 end
local plain = {}
for _ = 1, n_plain do plain[#plain + 1] = A[i]; plain[#plain + 1] = A[i + 1]; i = i + 2 end
local lists = {}
for _ = 1, n_lists do
  local l = {field = A[i], log = A[i + 1], expected = tonumber(A[i + 2])}
  local nd, ni = tonumber(A[i + 3]), tonumber(A[i + 4])
  i = i + 5
  l.digests = {}
  for _ = 1, nd do l.digests[#l.digests + 1] = A[i]; i = i + 1 end
  l.items = {}
  for _ = 1, ni do l.items[#l.items + 1] = A[i]; l.items[#l.items + 1] = A[i + 1]; i = i + 2 end
  if l.expected >= 0 and redis.call('LLEN', base .. 'log:' .. l.log) ~= l.expected then
    return {'conflict', l.field}
  end
  lists[#lists + 1] = l
end
redis.call('HSET', KEYS[2], unpack(record))
if #plain > 0 then redis.call('HSET', KEYS[3], unpack(plain)) end
for _, l in ipairs(lists) do
  for start = 1, #l.items, 1000 do
    local stop = math.min(start + 999, #l.items)
    for j = start, stop, 2 do redis.call('HSETNX', base .. 'item', l.items[j], l.items[j + 1]) end
  end
  local key = base .. 'log:' .. l.log
  if l.expected < 0 then redis.call('SADD', base .. 'logs', l.log) end
  for start = 1, #l.digests, 1000 do
    redis.call('RPUSH', key, unpack(l.digests, start, math.min(start + 999, #l.digests)))
  end
  local length = redis.call('LLEN', key)
  redis.call('HSET', KEYS[3], l.field, '\\1L' .. l.log .. '\\0' .. length)
end
redis.call('ZADD', KEYS[1], 0, cid)
redis.call('SADD', KEYS[6], ns)
if ttl ~= '' then refresh(base, KEYS, ttl) end
return {'ok'}
"""

# KEYS: w, wi, ns, idx, cp, blob   ARGV: base, ns, cid, ttl or "", (field, value, overwrite)*
PUT_WRITES = _EXPAND + """
local A = ARGV
local index_field = A[2] .. '\\0' .. A[3]
local index = redis.call('HGET', KEYS[2], index_field) or ''
local added = {}
for i = 5, #A, 3 do
  local field, value, overwrite = A[i], A[i + 1], A[i + 2]
  local fresh
  if overwrite == '1' then
    fresh = redis.call('HSET', KEYS[1], field, value) == 1
  else
    fresh = redis.call('HSETNX', KEYS[1], field, value) == 1
  end
  if fresh then added[#added + 1] = field end
end
if #added > 0 then
  local joined = table.concat(added, '\\1')
  if index ~= '' then joined = index .. '\\1' .. joined end
  redis.call('HSET', KEYS[2], index_field, joined)
end
if A[4] ~= '' then refresh(A[1], KEYS, A[4]) end
return #added
"""

# KEYS: ns   ARGV: thread base ("P:{T}:")
DELETE = """
local base = ARGV[1]
local keys = {KEYS[1], base .. 'cp', base .. 'blob', base .. 'w', base .. 'wi', base .. 'item',
              base .. 'logs'}
for _, ns in ipairs(redis.call('SMEMBERS', KEYS[1])) do keys[#keys + 1] = base .. 'idx:' .. ns end
for _, log in ipairs(redis.call('SMEMBERS', base .. 'logs')) do keys[#keys + 1] = base .. 'log:' .. log end
local deleted = 0
for start = 1, #keys, 1000 do
  deleted = deleted + redis.call('DEL', unpack(keys, start, math.min(start + 999, #keys)))
end
return deleted
"""

# Walk the parent chain from a checkpoint, collecting each ancestor's writes and,
# per channel, the first ancestor blob that is not the empty marker (LangGraph's
# DeltaChannel history). KEYS: cp, blob, w, wi   ARGV: base, ns, cid, max hops, channels...
DELTA = _EXPAND + """
local base, ns, cid, hops = ARGV[1], ARGV[2], ARGV[3], tonumber(ARGV[4])
local remaining, left = {}, 0
for i = 5, #ARGV do remaining[ARGV[i]] = true; left = left + 1 end
local out = {}
local current = redis.call('HGET', KEYS[1], ns .. '\\0' .. cid .. '\\0p')
local n = 0
while current and current ~= '' and left > 0 and n < hops do
  n = n + 1
  local head = ns .. '\\0' .. current .. '\\0'
  local rec = redis.call('HMGET', KEYS[1], head .. 'v', head .. 'p')
  if not rec[1] and not rec[2] then break end
  out[#out + 1] = '\\1C'; out[#out + 1] = current
  local index = redis.call('HGET', KEYS[4], ns .. '\\0' .. current)
  if index then
    local fields = {}
    for f in string.gmatch(index, '[^\\1]+') do fields[#fields + 1] = f end
    local values = redis.call('HMGET', KEYS[3], unpack(fields))
    for i = 1, #fields do
      if values[i] then out[#out + 1] = '\\1W'; out[#out + 1] = fields[i]; out[#out + 1] = values[i] end
    end
  end
  if rec[1] and rec[1] ~= '' then
    for pair in string.gmatch(rec[1], '[^\\2]+') do
      local sep = string.find(pair, '\\1', 1, true)
      local ch = string.sub(pair, 1, sep - 1)
      if remaining[ch] then
        local blob = redis.call('HGET', KEYS[2], ns .. '\\0' .. ch .. '\\0' .. string.sub(pair, sep + 1))
        if blob and blob ~= '' then
          out[#out + 1] = '\\1S'; out[#out + 1] = ch
          expand(out, blob, base)
          remaining[ch] = nil; left = left - 1
        end
      end
    end
  end
  current = rec[2]
end
return out
"""

DELTA_MAX_HOPS = 100_000
"""Upper bound of ancestors one DeltaChannel history walk visits."""

SCRIPTS: dict[str, str] = {"get": GET, "put": PUT, "put_writes": PUT_WRITES, "delete": DELETE,
                           "delta": DELTA}
"""Every script by the name a request gives (see :data:`~.base.Request`)."""
