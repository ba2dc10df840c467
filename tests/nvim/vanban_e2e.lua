-- Headless Neovim (0.7, Debian) as a second, independent LSP client of dist/server.js over stdio:
-- diagnostics on a seed and one hover. Run by tests/nvim/nvim.test.ts.
local server = os.getenv('VANBAN_SERVER')
local file = os.getenv('VANBAN_FILE')
local function out(s) io.stdout:write(s .. '\n') end
local failures = 0
local function check(cond, msg)
  if cond then out('ok   ' .. msg) else failures = failures + 1; out('FAIL ' .. msg) end
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'vanban',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
  on_error = function(code, err) out('lsp error ' .. tostring(code) .. ' ' .. vim.inspect(err)) end,
})
check(client_id ~= nil, 'server started')
vim.lsp.buf_attach_client(bufnr, client_id)

local got = vim.wait(15000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
local codes = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do table.insert(codes, d.code or '?') end
table.sort(codes)
check(got, 'diagnostics published')
out('codes ' .. table.concat(codes, ','))

-- hover on "52-NQ/TW" (line and column found in the buffer)
local line, col
for i, l in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
  local s = l:find('52%-NQ/TW', 1, false)
  if s then line, col = i - 1, vim.str_utfindex(l, s) + 1; break end
end
local resp = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = line, character = col } }, 5000)
local text = ''
for _, r in pairs(resp or {}) do
  if r.result and r.result.contents then text = r.result.contents.value or '' end
end
check(text:find('Bộ Chính trị', 1, true) ~= nil, 'hover names the issuer')

vim.lsp.stop_client(client_id)
out(failures == 0 and 'nvim: 2 passed, 0 failed' or ('nvim: ' .. failures .. ' failed'))
vim.cmd(failures == 0 and 'qall!' or 'cquit 1')
