<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>GraphLegend</name>
    <message>
        <source>not reached (plain ring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the frontier (dashed ring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done (filled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highlighted (double ring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last change (glow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S source, T target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>practice question %1, seed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the graph room could not run the question&apos;s graph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui</name>
    <message>
        <source>The heap is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heap array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decreased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no next letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child pruned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pushed down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent[ ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>glow: the step just taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;compare&quot;: dashed ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;swapped&quot;: thick ring, tinted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;new&quot;, &quot;decreased&quot;, &quot;new root&quot;: thick ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key in the node, &quot;id&quot; under it; #i: array index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;here&quot;: on the walk, thick ring, lit edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;no next letter&quot;: dashed ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>double ring: a word ends here (word under it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;inside&quot; the query: double ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;partial&quot; overlap: dashed ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;outside&quot;: dotted ring, faded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+n pill: a lazy add not pushed down yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>·: not built yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value in the box, [lo..hi] range under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;find&quot;: on the find path, thick ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;linked&quot;, &quot;compressed&quot;, &quot;rank up&quot;: thick ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>double ring: a root, its set&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrow: to the parent; rank beside; parent[ ] below</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::AboutDialog</name>
    <message>
        <source>&lt;h3&gt;Stepwise %1&lt;/h3&gt;&lt;p&gt;Watch algorithms and system-design mechanisms run step by step: every step lights its pseudo-code line and says in a sentence what it did.&lt;/p&gt;&lt;p&gt;Stepwise is free software under the MIT licence. Because it links Qt Charts (GPL-3.0), this program as a whole is distributed under the GNU GPL version 3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Library&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Used for&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Licence&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1 (Core, GUI, Widgets, SVG, Print Support)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interface, SVG and PDF export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt Charts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit-ratio and count charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nlohmann/json %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON input and output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLI11 (stepwise-cli only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Stepwise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::AnswerInput</name>
    <message>
        <source>&amp;Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the vertices in the drawing, or type their names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the cell&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one, or type it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick them in order, or type them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question&apos;s graph: click vertices to add them to the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question&apos;s table: the asked cell is marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the last vertex, edge, item or choice from the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the edges in the drawing (again to drop one), or type them as U-V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the rows of the table (again to drop one), or type them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question&apos;s graph: click edges to add them to the answer or drop them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question&apos;s items: click a row to add it to the answer or drop it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ taken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::BackendCountsChart</name>
    <message>
        <source>Requests per backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests served per backend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::BalancerConfigPanel</name>
    <message>
        <source>each backend in turn, weights ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx&apos;s smooth weighted round robin: 5,1,1 gives a a b a c a a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewest active connections per unit of weight; ties by weighted round robin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two random backends; the one with fewer active requests wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual nodes on a ring; a key goes to the first node clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow ×8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a name or weight to edit it; tick &apos;Slow&apos; to make a backend 8× slower from the current request on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected backend (on the hash ring you see which keys move)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One request arrives per tick; each backend serves in about 4 ticks. Switch policy, edit backends or slow one down while it plays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistent hashing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::BalancerRoom</name>
    <message>
        <source>Editing the backends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over %2 backends, %3 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last backend: a balancer needs at least one, so it stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 serves 8× slower from request %2 on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no sample key moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 sample keys moved (ringed), from %4 to %5; the rest stay put</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 serves at normal speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests served per backend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::BalancerView</name>
    <message>
        <source>Load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1 · key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press play or → to send the first request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no requests yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>SLOW ×%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>box: a backend, its weight; stripe: its colour everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrow and thick outline: &quot;picked&quot; for this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashed line: the &quot;other candidate&quot; it was compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bar: active connections (&quot;n active&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;SLOW ×8&quot; badge: serves 8 times slower</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::BreakerView</name>
    <message>
        <source>Circuit breaker: state diagram, sliding window and rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↗ probes fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special states:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rate ≥ its threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↙ wait over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probes pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permitted %1 · rejected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed %1 · slow %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 calls · %3 failed (%4) · %5 slow (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the minimum of %1 calls: no rates yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half-open permits left: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thresholds: failure %1 % · slow calls %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet: the breaker starts CLOSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-open probes: %1 permitted calls decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sliding window: the last %1 s, a bucket a second (time-based)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sliding window: the last %1 calls (count-based), oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ success   ✗ failure (hatched)   ◥ slow   ┆ empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 slots used; the newest call is the last filled cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls
✗ %2 · ◥ %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure and slow-call rates over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>━ failure rate ●   ╍ slow-call rate ■   ┅ thresholds   shaded: OPEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure threshold %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slow-call threshold %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::CacheConfigPanel</name>
    <message>
        <source>zipf:S:N — N keys, key k drawn with weight 1/k^S (a few hot keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uniform:N — N keys, each equally likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan:N — 0, 1, …, N−1 again and again (LRU&apos;s worst case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>burst:N:HOT:LEN — phases of LEN requests: hot keys, then a cold scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace:PATH — a file with one key (a number) per line; # comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys separated by commas, one access each: a,b,c,a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ticks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key expires this many ticks (requests) after it is written; Redis-style lazy and active expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zipf (hot keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bursts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload or access sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a trace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed gives the same requests and the same run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two caches, one request stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both caches serve the same seeded requests in lockstep. Change anything while it plays: the run restarts with it and keeps its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A typed sequence is the whole run: one request per key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open key trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key traces (*.txt *.trace *.keys);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::CacheRoom</name>
    <message>
        <source>Caching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key traces (*.txt *.trace *.keys);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit ratio so far (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> vs </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, capacity %2, request %3 of %4: %5 hits %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash map + list / frequency buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same run drawn as slots, or as LRU&apos;s hash map and doubly linked list and LFU&apos;s frequency buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miss ratio by cache size (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::CacheSlotsView</name>
    <message>
        <source>Cache slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1: key %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 left: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hits %1 of %2 · %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no requests yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty cache: press play or → to serve the first request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← next to evict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 slots used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ttl %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 more slots not drawn (enlarge the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> evicted — </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIT: the request found its key (green outline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEW: missed and inserted (blue outline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT: evicted, dashed and struck through, left of the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;expired&quot; under OUT: its TTL ran out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bar: time to live left (&quot;ttl n&quot;); red under a quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triangle: CLOCK&apos;s hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashed box: an empty slot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::CacheStructureView</name>
    <message>
        <source>%1 · frequency buckets, lowest first, each a doubly linked list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIFO · hash map + linked list used as a queue (a hit moves nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · hash map + doubly linked list (a hit moves the node to the head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps no list or buckets: see its slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache as a data structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1: key %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty cache: press play or → to serve the first request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hash map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n more buckets (enlarge the window)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>HEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>freq %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↪ cont.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit: stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit: to head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit: freq %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hash map: finds a key&apos;s node in O(1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD: most recent · TAIL: evicted next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>freq n: one bucket, a list of the keys used n times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ next and ← prev pointers between nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;hit&quot; pill: the node unlinked and moved (green)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;new&quot; pill: inserted at the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;next victim&quot;: the tail (of the lowest bucket), dashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>struck out after the tail: the key evicted now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::DpInputEditor</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed gives the same random input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the fields with a random input from the seed, then run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute without the trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the value and result only; no table to step through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the inputs and record a run (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with these inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma- or space-separated whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>String &amp;a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. kitten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first string: the table&apos;s rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>String &amp;b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second string: the table&apos;s columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1, 3, 4, 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item weights: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1, 4, 5, 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item values, one per weight: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knapsack&apos;s weight limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10, 9, 2, 5, 3, 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table, O(n²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patience piles, O(n log n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1, 2, 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coin values: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount to make</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::DpResultPanel</name>
    <message>
        <source>… (%1 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit distance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit script, &quot;%1&quot; → &quot;%2&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;… (%1 more)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The table was too large to keep, so there is no edit script.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest common subsequence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsequence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen items (total weight %1 of %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1: weight %2, value %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;(none fits)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest increasing subsequence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewest coins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the amount cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways (order not counted):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:%1&apos;&gt;Computed in linear memory, without the table.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table is being filled: fill step %1 of %2 (the traceback&apos;s steps come after). The answer is the last cell, then the traceback reads the solution back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::DpRoom</name>
    <message>
        <source>current cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read from (arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traceback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−, Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++, Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the table to the window (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic programming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This input makes a table of %1 cells, more than the GUI can step through (limit %2). Compute without the trace? Only the value and result will be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed without the trace: the value and result are on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 × %3 table, %4 steps (%5 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed without the trace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items, capacity %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 coins, amount %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no table (computed without the trace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it stands at this step:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::DpTableModel</name>
    <message>
        <source>[%1][%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1; %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: not filled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, the current cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, read by the current cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, on the traceback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::DpTableView</name>
    <message>
        <source>DP table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::ExplanationPanel</name>
    <message>
        <source>What this step did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::ExportDialog</name>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animated GIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz DOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF study sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All steps (0 to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (steps %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Steps of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample a long run: every k-th step, and the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every k-th step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF s&amp;peed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cale (PNG, GIF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light (prints well)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages and the title page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This view has nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the steps of the checked kinds (none checked: every step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled (DejaVu Sans, the same everywhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ont</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step of the checked kinds lies in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 frames: a GIF holds at most %2. Set Every to %3 (every %4 step) or choose a shorter range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages: a study sheet has at most %2. Set Every to %3 (every %4 step) or choose a shorter range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::FrontierPanel</name>
    <message>
        <source>Frontier (%1): queue, first in first out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frontier (%1): stack, last in first out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frontier (%1): priority queue, smallest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frontier (%1): priority queue by f = g + h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f = g + h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frontier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frontier in serve order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order so far: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order so far (%1): %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bellman-Ford: no pass yet (every pass relaxes every edge; no queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass %1: %2 edges relaxed so far in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edge relaxed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Union-find sets (%1 of more than one vertex); an edge inside one set would close a cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::GraphInputEditor</name>
    <message>
        <source>Graph text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One edge per line: FROM TO [WEIGHT]
First line: directed or undirected
# comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph as text, or DOT. Ctrl+Return runs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a graph from an edge-list or DOT file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random graph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a graph from a seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the graph and record a run (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the edited graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphs (*.graph *.txt *.dot *.gv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random graph: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::GraphLegend</name>
    <message>
        <source>Legend of the graph drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C1, C2, …: the strongly connected component a vertex was put in, in the order they were found; each component has its own fill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number by a vertex: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number on an edge: its weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thick arrow: the edge a vertex was reached by.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::GraphRoom</name>
    <message>
        <source>Graph search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphs (*.graph *.txt *.dot *.gv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source vertex &quot;%1&quot;: the graph has no vertex of that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown target vertex &quot;%1&quot;: the graph has no vertex of that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error while running %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out %1 vertices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran without the trace: the result is on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of the run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed without the trace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the previous run is still shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the graph has no vertices; write one edge per line: FROM TO [WEIGHT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This graph has %1 vertices, more than the GUI can draw and step through (limit %2: %3). Run %4 without the trace? Only the result will be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run without the trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run has more than %1 steps, more than the GUI can step through (limit %1: %2). Run %3 without the trace? Only the result will be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot run on this graph: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open its example (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run has more than %1 steps, more than the GUI can step through (limit %1: %2). Run it without the trace? Only the result will be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running on %1 vertices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 vertices and %3 edges: %4 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run was computed without the trace, so there are no steps to walk through. The result is on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So far, at step %1 of %2 (the final result at the end):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit with the mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the graph with the mouse; the text follows (Ctrl+Shift+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn editing the graph with the mouse on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Editing with the mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph being searched. Click a vertex to choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing the graph with the mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing with the mouse is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text was changed since the graph was drawn: run it first (Ctrl+Return), then edit with the mouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited with the mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click: new vertex · drag: move · Shift+drag to a vertex: connect · double-click an edge or its weight: retype it · Delete: remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of %1 (a number such as 4, 2.5 or -1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph, being edited: double-click to add a vertex, Shift+drag to connect, double-click an edge to set its weight, Delete to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This graph is DOT; the mouse edits edge-list text. Converted, it keeps its edges, weights and positions (DOT comments and other attributes go).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert to edge-list text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converted from DOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no built-in example named %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::GraphScene</name>
    <message>
        <source>not reached yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the frontier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;discovered/finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;distance / key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;reached from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;index/low-link: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::GraphView</name>
    <message>
        <source>Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph being searched. Click a vertex to choose it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::HashRingView</name>
    <message>
        <source>Consistent-hash ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 virtual nodes · %2 sample keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key → first node clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n nodes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ring ticks: virtual nodes, a barcode in backend colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marks inside: sample keys, shape and colour of their backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ringed key: it moved to another backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dot with a line: the latest request&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::LineNumberEdit</name>
    <message>
        <source>Line numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::MainWindow</name>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space plays and pauses, ← → step, Home/End jump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open graph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme of the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Stepwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;steps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practice session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a timed practice session: generated questions on the topics you pick, graded, with feedback and the worked solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rogress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows how practice went: accuracy and time per topic per day, the calendar of questions per day and what is due for review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::MissRatioChart</name>
    <message>
        <source>Miss-ratio curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miss ratio by cache size (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity (slots)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::OperationEditor</name>
    <message>
        <source>push KEY · pop · top
decrease ID KEY (ids count pushes from 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insert WORD · search WORD
prefix TEXT · delete WORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query L R · update I VALUE
add L R DELTA (ranges inclusive, from 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>union A B · find A
connected A B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Combine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a range query combines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5, 1, 4, 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (0 … n−1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One operation per line (or separated by commas); # starts a comment. Ctrl+Return runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in a random valid input from the seed, then step the seed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the operations and record every step (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random input from seed %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::OutcomePanel</name>
    <message>
        <source>Operations and their answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::PlaybackBar</name>
    <message>
        <source>instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to step 0 (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step back (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step forward (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the last step (End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to seek to any step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed, from slow to instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next operation or request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous operation or request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop a range of steps (L): [ sets its start and ] its end at the current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop from the current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop up to the current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop the whole run, or stop looping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⟲ %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⟲ Loop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::PolicyView</name>
    <message>
        <source>Resilience policy: timeline of attempts, requests or calls, and the policy&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry: no operation yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry · operation %1 · attempt %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operations so far: %1 succeeded, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token bucket · 0 of %2 permits (%1 reserved ahead) · next refresh at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token bucket · %1 of %2 permits · next refresh at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests so far: %1 permitted (%2 after a wait), %3 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulkhead · %1 of %2 slots busy · %3 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls so far: %1 permitted (%2 after a wait), %3 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>op 0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>op %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backoff wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gave up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clock moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permit at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waited for a permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected (timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waited for a slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected (maxWait)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt ladder · operation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> failed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> succeeded at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… up to %1 attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting %1 before the next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operation succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operation failed: attempts spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 permits available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reserved ahead by waiting requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limitRefreshPeriod %1 · timeoutDuration %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slots (maxConcurrentCalls %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call %1
to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 slots in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting (%1) · maxWaitDuration %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call %1 · gets a slot at %2 · deadline %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody waits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::PracticeCalendar</name>
    <message>
        <source>Practice calendar: questions per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days with practice in the last %2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::PracticeSetup</name>
    <message>
        <source>&amp;Topics: tick areas or single items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy: small instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium: bigger, some ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard: ties, negative weights, near-equal costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed asks the same questions: replay a session by its seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time per &amp;question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A right answer within the time scores 1 point; a wrong one, or none when the time runs out, scores 0. An answer in the wrong form (letters for a number, a vertex that does not exist) is refused with a hint and costs nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed must be a whole number, like %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the practice history is read when a session starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is &amp;due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is &amp;due: 1 question type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is &amp;due: %1 question types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::PracticeWindow</name>
    <message>
        <source>Practice · Stepwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice goes on; these answers are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the practice history cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing practised yet; every answer schedules its question type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing is due today; the next review is on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::PredictStrip</name>
    <message>
        <source>Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict each decision before it is shown (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict the next step on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Right: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Wrong: it was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(or click it in the graph)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step forward or play: each decision waits for your prediction.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::ProgressPage</name>
    <message>
        <source>Practice progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy per day (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions per day (last %1 weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice history %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practice yet.

Start a session with Practice → Practice session… (Ctrl+Shift+P), or run stepwise --practice dijkstra; every answer is saved and shows up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% right, %2 s mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more later; the next on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics on the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topics on the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy per topic per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median answer time per day (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median answer time per topic per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practise these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due: nothing has been practised yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practise this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practise these %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due today: the scheduler has nothing to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session of one question of each due type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::PseudocodePanel</name>
    <message>
        <source>Pseudo-code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::QuestionPage</name>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step through the worked solution in the item&apos;s own view, from the step the question is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2 · %3 · %4 · session seed %5 · question seed %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an answer yet: %1. Try again; this costs nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Right, but late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer: %1 · a right answer: %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the &amp;results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::QueueRoom</name>
    <message>
        <source>Job queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options, as stepwise-cli run queue takes them (run queue --help lists them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jobs, %2 steps, %3 s of virtual time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue depth by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs done / s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency, enqueue to done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries and dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs / s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers (auto-scaler)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries back in the queue: no jitter vs full jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retries / s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth, throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency, retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers, jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live, from the current step on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−10 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+10 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the failure rate by 10 points from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the failure rate by 10 points from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker to kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill the worker now: its unacknowledged jobs come back after their visibility timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job to kill or retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the job to the dead-letter queue now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a delayed or dead-lettered job ready now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redrive the dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare no jitter with full jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also run this workload and seed with retries without jitter and with full jitter, and chart both runs&apos; retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1: the steps so far are unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done / s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead-lettered / s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workers alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jitter: tick “Compare no jitter with full jitter”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure rate %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency p50 / p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries without and with jitter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::QueueView</name>
    <message>
        <source>Job queue: lanes, workers and dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (killed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 · %2 tries · %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready %1 · in flight %2 · delayed %3 · dead letters %4 · done %5 of %6 · workers %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed (notched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead-letter queue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact, no jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1, %2: failed at %3, sleeps %4 (%5: %6), visible again at %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backoff with %1, %2 · %3 delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backoff with %1 · %2 delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sleep drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its formula&apos;s range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 more delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::RandomGraphDialog</name>
    <message>
        <source>grid of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAG(%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geometric, %1 vertices, %2 nearest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random %1, seed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G(n, m): m random edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid (4 neighbours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAG (acyclic, directed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geometric (nearest neighbours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edges (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertices (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest neighbours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::ResilienceRoom</name>
    <message>
        <source>Resilience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options, as stepwise-cli run takes them (run ITEM --help lists them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resilience options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dependency from this step on: the calls already shown stay as they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fail outright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every call fails from this step on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No errors, and the starting latency, from this step on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A special state (or a reset) right after this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISABLED: every call permitted, nothing recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;orced open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORCED_OPEN: every call rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metrics only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METRICS_ONLY: every call permitted and recorded; it never trips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset (CLOSED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLOSED with fresh metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps, %2 transitions, %3 s of virtual time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure and slow-call rates over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed call list: the sliders need a live dependency (the example, or a “Live dependency” preset).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::ResultPanel</name>
    <message>
        <source>… (%1 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree: %1 edges, total weight %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 components: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… (%1 more vertices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing to report)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::ResultsPage</name>
    <message>
        <source>Review of every question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step through the selected question&apos;s worked solution in its item&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replay this seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 right (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · level %1 · seed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ time up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::Room</name>
    <message>
        <source>this room does not take options</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::RoomScaffold</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad input: the previous run is still shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error while running %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::StructuresRoom</name>
    <message>
        <source>Data structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 operations, %2 steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::TreeView</name>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data structure as a tree, with what the current step did marked on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::ViewLegend</name>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::VirtualTimeChart</name>
    <message>
        <source>virtual time (s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stepwise::ui::WorkProgress</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this work; what was shown before stays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
