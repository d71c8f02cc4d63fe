package org.corroborate.story;

/** Made-up articles about other events, to check that the seed story does not swallow them. */
final class OtherArticles {

    static final String FOOTBALL = """
            Rovers snatch late win over City in derby thriller
            Rovers came from behind to beat City 2-1 in a dramatic derby at the stadium on Saturday afternoon. \
            City took the lead in the first half when their captain headed in a corner, but Rovers equalised early \
            in the second half through a penalty after a foul in the box. With the game heading for a draw, the \
            Rovers striker curled a free kick into the top corner in stoppage time to send the home fans into \
            raptures. The manager praised his players' spirit and said the win would give the squad confidence \
            before next week's cup tie. City remain fourth in the league table, three points behind the leaders, \
            while Rovers climb to sixth. The referee showed five yellow cards and the attendance was 41,000.
            """;

    static final String WEATHER = """
            Storms and heavy rain expected across the region this weekend
            Forecasters have warned of heavy rain and strong winds across the north of the country this weekend as \
            a deep area of low pressure moves in from the Atlantic. Up to 80 millimetres of rain could fall on high \
            ground, and gusts of 70 miles per hour are possible along exposed coasts. The national weather service \
            issued a yellow warning for rain from Friday evening until Sunday morning, saying flooding of roads and \
            homes was possible and travel could be disrupted. Temperatures will stay below the seasonal average, \
            with highs of 12 degrees. Drier and brighter weather is expected to return early next week.
            """;

    /** Same country, same war, same president: a different event. */
    static final String REFINERY_STRIKE = """
            Ukrainian drones strike Russian oil refinery as grain talks stall
            Ukrainian drones struck an oil refinery in Russia's Volgograd region overnight, starting a large fire, \
            the regional governor said on Sunday, as Kyiv kept up attacks on Russian energy sites that help fund \
            Moscow's war. Russia's defence ministry said air defences had shot down 23 drones over several regions. \
            A Ukrainian military intelligence source said the refinery processed about 15 million tonnes of crude a \
            year. Separately, talks in Istanbul on resuming grain shipments from Ukrainian Black Sea ports ended \
            without agreement, Turkish officials said, with Russia again demanding that Western sanctions on its \
            agricultural bank be lifted. Ukraine's farm minister said exports would continue through the country's \
            own shipping corridor, which has carried more than 60 million tonnes of cargo since it opened. President \
            Volodymyr Zelenskyy said in his nightly address that Ukraine would keep hitting targets deep inside \
            Russia until Moscow ends its invasion.
            """;

    private OtherArticles() {}
}
