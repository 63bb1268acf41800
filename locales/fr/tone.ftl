### Ce que disent les remarques de ton. Pour chaque règle : la valeur est sa description,
### `.message` dit ce qui ne va pas, `.suggestion` ce qu’il vaut mieux écrire. Les cas d’une
### règle peuvent avoir leur propre message de suggestion.

tone-negative-language = Formulation accusatrice ou dédaigneuse
    .message = Cette formulation fait porter la raison sur votre interlocuteur et peut paraître dédaigneuse, voire arrogante.
    .suggestion = Dites ce dont vous avez besoin plutôt que ce qui manque en face, par exemple : « Je privilégie des postes plus en phase avec mes priorités actuelles. »
tone-negative-language-pay = Présentez-le comme vos propres attentes : « Je recherche un poste plus en phase avec mes attentes en matière de rémunération à ce stade de ma carrière. »
tone-negative-language-offer = Dites-le sans comparer : « J’ai accepté une autre opportunité, plus en phase avec mes objectifs immédiats. »
tone-negative-language-dismissive = Parlez de vos propres priorités : « Je privilégie des postes en phase avec mes priorités actuelles » paraît réfléchi, et non dédaigneux.

tone-presumptuous-fit = Juger l’adéquation à leur place
    .message = Affirmer que « ce n’est pas un bon fit » paraît présomptueux : l’adéquation, c’est aussi à eux d’en juger.
    .suggestion = Parlez de votre propre orientation : « J’ai décidé de me concentrer sur des postes plus en phase avec mes objectifs actuels. »

tone-too-busy = Trop occupé
    .message = « Trop occupé » peut laisser penser que vous gérez mal votre temps, ou que votre interlocuteur n’est pas une priorité.
    .suggestion = Nommez plutôt l’engagement : « Mes engagements actuels ne me permettraient pas d’y accorder l’attention que cela mérite. »

tone-noncommittal = Réponse évasive
    .message = « Peut-être une autre fois » laisse la question en suspens sans donner de vraie réponse.
    .suggestion = Répondez clairement, puis proposez quelque chose de concret : « J’aurai plaisir à rester en contact en vue de futures opportunités. »

tone-criticism = Critique de l’organisation
    .message = Pointer des signaux d’alerte (culture, turn-over, avis en ligne) brûle les ponts et ouvre un débat.
    .suggestion = Restez sur une raison générale : « J’ai décidé de me tourner vers des opportunités plus en phase avec mon orientation actuelle. »

tone-oversharing = Trop de détails
    .message = Vous en dites plus sur vos raisons que votre interlocuteur n’a besoin d’en savoir.
    .suggestion = Une raison brève suffit : « J’ai décidé de saisir une autre opportunité, plus en phase avec mes priorités actuelles. »

tone-too-short = Trop court
    .message = Moins de trois phrases peut paraître sec, voire expéditif.
    .suggestion = Remerciez, donnez une raison brève et ajoutez une phrase tournée vers l’avenir.

tone-too-long = Trop long
    .message = Plus de cinq phrases : un refus passe mieux lorsqu’il est bref.
    .suggestion = Tenez-vous-en à trois à cinq phrases et supprimez les explications dont votre interlocuteur n’a pas besoin.

tone-missing-gratitude = Aucun remerciement
    .message = Le message ne remercie pas votre interlocuteur pour son temps ou pour l’opportunité.
    .suggestion = Commencez par remercier : « Je vous remercie de l’intérêt porté à ma candidature et du temps que votre équipe y a consacré. »

tone-missing-door-open = Aucune porte laissée ouverte
    .message = Rien dans le message ne se tourne vers l’avenir ; il peut donner l’impression de clore la relation.
    .suggestion = Ajoutez une phrase tournée vers l’avenir : « J’aimerais beaucoup que nous restions en contact, et j’espère que nos chemins se recroiseront. »
