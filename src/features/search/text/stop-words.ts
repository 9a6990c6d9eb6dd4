/**
 * English function words plus URL debris. Not indexed and dropped from queries, so they
 * neither match everything nor inflate similarity. Domain words ("model", "paper") stay:
 * IDF already weighs them down, and people do search for them.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also although am an and any are as at be because been
  before being below between both but by can could did do does doing down during each either
  etc few for from further had has have having he her here hers him his how however i if in into
  is it its itself just may me might more most much must my no nor not now of off on once only or
  other our ours out over own per same she should so some such than that the their theirs them
  then there these they this those thus through to too under until up upon us very via was we
  were what when where whether which while who whom whose why will with within without would yet
  you your http https www com org html`
    .split(/\s+/)
    .filter(Boolean),
);
