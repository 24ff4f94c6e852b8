-- A session in Neovim's built-in LSP client with `bizmap lsp`, run headless
-- by tests/editors_test.cpp:
--   BIZMAP=build/bizmap MODEL=FOLDER REPORT=FILE.json \
--     nvim --headless --clean -u NONE -c 'luafile tests/editors/neovim-session.lua'
-- It opens cafe.yaml of the model, waits for the diagnostics, jumps from an
-- owner to the role's definition in business.yaml, renames the role, and
-- writes what it saw as JSON to REPORT.
local bizmap = os.getenv('BIZMAP')
local model = os.getenv('MODEL')
local report_path = os.getenv('REPORT')
local report = { steps = {} }

local function note(step)
  table.insert(report.steps, step)
end

local function finish()
  local file = io.open(report_path, 'w')
  file:write(vim.fn.json_encode(report))
  file:close()
  vim.cmd('qa!')
end

local ok, problem = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(model .. '/cafe.yaml'))
  local cafe = vim.api.nvim_get_current_buf()
  local client = vim.lsp.start_client({
    name = 'bizmap',
    cmd = { bizmap, 'lsp' },
    root_dir = model,
  })
  note(':lua vim.lsp.start_client({name = "bizmap", cmd = {"bizmap", "lsp"}, root_dir = MODEL})')
  vim.lsp.buf_attach_client(cafe, client)
  note(':lua vim.lsp.buf_attach_client(0, client)')

  report.diagnostics_arrived = vim.wait(20000, function()
    return #vim.diagnostic.get(cafe) > 0
  end, 50)
  report.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(cafe)) do
    table.insert(report.diagnostics, {
      line = d.lnum + 1,
      column = d.col + 1,
      severity = d.severity,
      code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code),
      message = d.message,
    })
  end
  table.sort(report.diagnostics, function(a, b)
    return a.line < b.line or (a.line == b.line and a.column < b.column)
  end)
  note(':lua vim.diagnostic.get(0)')

  -- Go to definition on the owner of 'take-catering-order'.
  local row = vim.fn.search('owner: owner') -- 1-based
  vim.api.nvim_win_set_cursor(0, { row, 15 })
  note(string.format(':call cursor(%d, 16) | lua vim.lsp.buf.definition()', row))
  vim.lsp.buf.definition()
  report.jumped = vim.wait(10000, function()
    return vim.api.nvim_buf_get_name(0) ~= vim.api.nvim_buf_get_name(cafe)
  end, 50)
  report.jump = {
    file = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(0), ':t'),
    line = vim.api.nvim_win_get_cursor(0)[1],
    column = vim.api.nvim_win_get_cursor(0)[2] + 1,
    text = vim.api.nvim_get_current_line(),
  }

  -- Rename the role where it is defined: every file changes. The new
  -- buffer is attached as a FileType autocommand would attach it.
  local business = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(business, client)
  note(':lua vim.lsp.buf_attach_client(0, client)')
  note(':lua vim.lsp.buf.rename("proprietor")')
  vim.lsp.buf.rename('proprietor')
  report.renamed = vim.wait(10000, function()
    local line = vim.api.nvim_buf_get_lines(cafe, row - 1, row, false)[1]
    return line ~= nil and line:find('owner: proprietor', 1, true) ~= nil
  end, 50)
  local function count(buffer, word)
    local found = 0
    for _, line in ipairs(vim.api.nvim_buf_get_lines(buffer, 0, -1, false)) do
      local start = 1
      while true do
        local at = line:find(word, start, true)
        if not at then break end
        found = found + 1
        start = at + #word
      end
    end
    return found
  end
  report.rename = {
    cafe_proprietor = count(cafe, 'proprietor'),
    business_proprietor = count(business, 'proprietor'),
    business_line = vim.api.nvim_get_current_line(),
  }
end)
if not ok then
  report.error = tostring(problem)
end
finish()
