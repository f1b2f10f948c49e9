# Blindspot's business language: the sentences rules in .dslr files are written in.
# Each line maps a sentence to the DRL it stands for: [when] for a condition, [then] for an action.
# {name} in a sentence stands for any text, {name:pattern} for text the pattern matches; the DRL
# repeats it as {name}, or {name!lc} / {name!uc} / {name!ucfirst} for lower case, upper case or a
# capital first letter. A sentence starting with "-" adds to the line above it.
# The DRL a sentence expands to goes through the same policy check as any .drl file.

# --- conditions ---------------------------------------------------------------------------------
# Data first: every finding rule except the data-quality ones starts with this.
[when]there is enough sound data=not Finding( code == "INSUFFICIENT_DATA" )
[when]no finding {code:[A-Z_]+} has been raised=not Finding( code == "{code}" )
# Binds $team (the team) and $highest (the highest score in that scale in the team).
[when]nobody is high in {scale:[DISCdisc]}=$team : Team( {scale!lc}.highCount == 0, $highest : {scale!lc}.max )
[when]at least {share:[0-9]+(?:\.[0-9]+)?}% of the team is high in {scale:[DISCdisc]}=$team : Team( {scale!lc}.highShare * 100 >= {share}, $highest : {scale!lc}.max )
[when]at least {count:[0-9]+} members are high in {scale:[DISCdisc]}=$team : Team( {scale!lc}.highCount >= {count}, $highest : {scale!lc}.max )
# Binds $leader (the leader), $leaderName, $taskFocus and $relationshipFocus (the leader's).
[when]the leader has a sound result=$leader : TeamMember( leader, !lowQuality, $leaderName : displayName, $taskFocus : taskFocus, $relationshipFocus : relationshipFocus )
[when]the leader's relationship focus is low=$leader : TeamMember( leader, relationshipFocus <= params.low, $leaderName : displayName, $relationshipFocus : relationshipFocus )
[when]- their task focus is high=taskFocus >= params.high
[when]- their task focus is low=taskFocus <= params.low
[when]- their relationship focus is high=relationshipFocus >= params.high
[when]- their relationship focus is low=relationshipFocus <= params.low
[when]- their {scale:[DISCdisc]} score is high={scale!lc} >= params.high
[when]- their {scale:[DISCdisc]} score is low={scale!lc} <= params.low
# Coaching rules match a finding. Binds $finding.
[when]there is a blind spot {code:[A-Z_]+}=$finding : Finding( code == "{code}" )
[when]- about scale {scale:[DISCdisc]}=evidence["scale"] == "{scale!uc}"

# --- actions ------------------------------------------------------------------------------------
# Flag a finding; the "-" lines below it add the explanation, members and evidence.
[then]flag blind spot {code:[A-Z_]+} with severity {severity:HIGH|MEDIUM|LOW|INFO} titled {title}=insert( Finding.of( "{code}", Severity.{severity} ).withTitle( "{title}" ) );
[then]- explained as {explanation}=.withExplanation( "{explanation}" )
[then]- about the leader=.withMember( $leader.memberId() )
[then]- with evidence {name}: {value}=.withEvidence( "{name}", {value} )
# Recommend a coaching action for the team, for the finding matched with "there is a blind spot …".
[then]recommend for the team: {action}; first step: {step}; every {cadence}=insert( CoachingAction.forTeam( $finding ).withAction( "{action}" ).withFirstStep( "{step}" ).withCadence( "Every {cadence}" ) );
[then]recommend for the team: {action}=insert( CoachingAction.forTeam( $finding ).withAction( "{action}" ) );
[then]recommend for the leader: {action}=insert( CoachingAction.forLeader( $finding, $leader.memberId() ).withAction( "{action}" ) );
[then]- first step: {step}=.withFirstStep( "{step}" )
[then]- every {cadence}=.withCadence( "Every {cadence}" )
[then]- cadence: {cadence}=.withCadence( "{cadence!ucfirst}" )
[then]- drawing on the idea: {idea}=.withSeedIdea( "{idea}" )
