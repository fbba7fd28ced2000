// Loaded with `--import` into an endpoint started for a test that needs days to pass (a
// negotiation deadline): each SIGUSR2 moves the endpoint's clock forward by
// CLAIMDESK_TEST_CLOCK_STEP_MS, in step with the browsers' Playwright clocks. Test-only: the
// endpoint itself reads time through Date.now like any process.
const step = Number(process.env.CLAIMDESK_TEST_CLOCK_STEP_MS ?? '0');
const realNow = Date.now.bind(Date);
let offset = 0;
Date.now = () => realNow() + offset;
process.on('SIGUSR2', () => {
  offset += step;
  process.stdout.write(`${JSON.stringify({ msg: 'test clock shifted', offset })}\n`);
});
