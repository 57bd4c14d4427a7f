type ComingSoonProps = { title: string; body: string };

/** An honest placeholder for a view whose issue has not landed yet: it says so, and does nothing else. */
export function ComingSoon({ title, body }: ComingSoonProps) {
  return (
    <section className="coming-soon" aria-labelledby="coming-soon-title">
      <h2 id="coming-soon-title">{title}</h2>
      <p>{body}</p>
    </section>
  );
}
